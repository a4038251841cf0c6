package dev.fakeai.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.errors.ApiException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A multipart form as the JSON an API parser reads: the fields as an object (numbers and
 * booleans read from their text where the API expects them, a field sent several times,
 * such as {@code timestamp_granularities[]}, as an array), and the files apart. A file is
 * recognised by its field name, with or without a file name (openai-java sends bytes
 * without one, which would otherwise pass for a field).
 *
 * @param fields the fields
 * @param files the files by field name, in order
 */
public record MultipartForm(ObjectNode fields, Map<String, List<Upload>> files) {

	/**
	 * Reads a request's parts.
	 * @param request a {@code multipart/form-data} request
	 * @param fileFields the field names that carry files
	 * @param numbers the fields read as numbers when their text is one
	 * @param booleans the fields read as booleans when their text is {@code true} or
	 * {@code false}
	 * @return the form
	 */
	public static MultipartForm read(HttpServletRequest request, Set<String> fileFields, Set<String> numbers,
			Set<String> booleans) {
		ObjectNode fields = JsonNodeFactory.instance.objectNode();
		Map<String, List<Upload>> files = new LinkedHashMap<>();
		try {
			for (Part part : request.getParts()) {
				String name = part.getName();
				byte[] content = part.getInputStream().readAllBytes();
				if (fileFields.contains(name)) {
					String fileName = part.getSubmittedFileName();
					files.computeIfAbsent(name, (key) -> new ArrayList<>())
						.add(new Upload((fileName != null) ? fileName : name, content));
					continue;
				}
				JsonNode value = value(name, new String(content, StandardCharsets.UTF_8), numbers, booleans);
				JsonNode earlier = fields.get(name);
				if (earlier == null) {
					fields.set(name, value);
				}
				else if (earlier instanceof ArrayNode array) {
					array.add(value);
				}
				else {
					fields.set(name, JsonNodeFactory.instance.arrayNode().add(earlier).add(value));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ServletException ex) {
			throw ApiException.badRequest(null, "The request is not a valid multipart form: " + ex.getMessage(), null);
		}
		return new MultipartForm(fields, files);
	}

	private static JsonNode value(String name, String text, Set<String> numbers, Set<String> booleans) {
		String trimmed = text.strip();
		if (numbers.contains(name) && trimmed.matches("-?\\d{1,9}")) {
			return JsonNodeFactory.instance.numberNode(Integer.parseInt(trimmed));
		}
		if (numbers.contains(name) && trimmed.matches("-?\\d*\\.\\d+([eE]-?\\d+)?")) {
			return JsonNodeFactory.instance.numberNode(Double.parseDouble(trimmed));
		}
		if (booleans.contains(name) && ("true".equals(trimmed) || "false".equals(trimmed))) {
			return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(trimmed));
		}
		return JsonNodeFactory.instance.stringNode(text);
	}

	/**
	 * The files of a field.
	 * @param name the field
	 * @return its files, none when absent
	 */
	public List<Upload> files(String name) {
		return this.files.getOrDefault(name, List.of());
	}

	/**
	 * An uploaded file.
	 *
	 * @param name the file name the client gave, or the field's name
	 * @param bytes the content
	 */
	public record Upload(String name, byte[] bytes) {
	}

}
