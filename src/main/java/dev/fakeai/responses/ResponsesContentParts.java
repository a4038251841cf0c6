package dev.fakeai.responses;

import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.engine.RequestFields.optionalString;

/**
 * Reads the content parts of an input message or a function's output: text
 * ({@code input_text}, {@code output_text}, {@code refusal}), images and files, each
 * validated as OpenAI does and given its stored form.
 */
final class ResponsesContentParts {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ResponsesContentParts() {
	}

	static ObjectNode textPart(String role, String text) {
		if (!"assistant".equals(role)) {
			return NODES.objectNode().put("type", "input_text").put("text", text);
		}
		ObjectNode part = NODES.objectNode().put("type", "output_text").put("text", text);
		part.putArray("annotations");
		part.putArray("logprobs");
		return part;
	}

	static ObjectNode part(JsonNode part, String param, String role, StringBuilder text,
			List<GenerationRequest.ContentPart> parts) {
		RequestFields.object(part, param);
		String type = RequestFields.requiredString(part, "type", param + ".type");
		switch (type) {
			case "input_text", "output_text" -> {
				String value = RequestFields.requiredString(part, "text", param + ".text");
				appendText(text, value);
				return textPart("assistant".equals(role) ? "assistant" : "user", value);
			}
			case "refusal" -> {
				String value = RequestFields.requiredString(part, "refusal", param + ".refusal");
				appendText(text, value);
				return NODES.objectNode().put("type", "refusal").put("refusal", value);
			}
			case "input_image" -> {
				requireInputRole(role, param, type);
				return image(part, param, parts);
			}
			case "input_file" -> {
				requireInputRole(role, param, type);
				return file(part, param, parts);
			}
			default -> throw ApiException.invalidParameter(param + ".type",
					"Invalid value: '" + type
							+ "'. Supported values are: 'input_text', 'input_image', 'input_file', 'output_text', and "
							+ "'refusal'.");
		}
	}

	private static ObjectNode image(JsonNode part, String param, List<GenerationRequest.ContentPart> parts) {
		String url = optionalString(part, "image_url", param + ".image_url");
		String fileId = optionalString(part, "file_id", param + ".file_id");
		if (url == null && fileId == null) {
			throw ApiException.missingParameter(param + ".image_url");
		}
		if (url != null && !url.startsWith("http://") && !url.startsWith("https://")
				&& !url.startsWith("data:image/")) {
			throw ApiException.invalidParameter(param + ".image_url",
					"Invalid image URL: expected an http(s) URL or a base64-encoded data URL of an image.");
		}
		String detail = optionalString(part, "detail", param + ".detail");
		if (detail == null) {
			detail = "auto";
		}
		if (!List.of("auto", "low", "high").contains(detail)) {
			throw ApiException.invalidParameter(param + ".detail",
					"Invalid value: '" + detail + "'. Supported values are: 'auto', 'low', and 'high'.");
		}
		parts.add(new GenerationRequest.ContentPart(GenerationRequest.ContentPart.Type.IMAGE, "input_image", param,
				(url != null) ? url : fileId, detail, null, null));
		ObjectNode stored = NODES.objectNode().put("type", "input_image").put("detail", detail);
		if (url != null) {
			stored.put("image_url", url);
		}
		if (fileId != null) {
			stored.put("file_id", fileId);
		}
		return stored;
	}

	private static ObjectNode file(JsonNode part, String param, List<GenerationRequest.ContentPart> parts) {
		String data = optionalString(part, "file_data", param + ".file_data");
		String fileId = optionalString(part, "file_id", param + ".file_id");
		String url = optionalString(part, "file_url", param + ".file_url");
		if (data == null && fileId == null && url == null) {
			throw ApiException.missingParameter(param + ".file_data");
		}
		parts.add(new GenerationRequest.ContentPart(GenerationRequest.ContentPart.Type.FILE, "input_file", param, url,
				null, data, null));
		ObjectNode stored = NODES.objectNode().put("type", "input_file");
		for (String field : List.of("file_id", "file_url", "filename", "file_data")) {
			String value = optionalString(part, field, param + "." + field);
			if (value != null) {
				stored.put(field, value);
			}
		}
		return stored;
	}

	private static void requireInputRole(String role, String param, String type) {
		if ("assistant".equals(role)) {
			throw ApiException.invalidParameter(param + ".type", "Invalid content type for an 'assistant' message: '"
					+ type + "' parts are only allowed in input messages.");
		}
	}

	static void appendText(StringBuilder text, String part) {
		if (part.isEmpty()) {
			return;
		}
		if (text.length() > 0) {
			text.append('\n');
		}
		text.append(part);
	}

}
