package dev.fakeai.images;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fakeai.config.MultipartForm;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import dev.fakeai.images.ImageRequest.Operation;
import dev.fakeai.images.ImageRequest.Upload;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an image request: the JSON of {@code /v1/images/generations}, or the multipart
 * form of {@code /edits} and {@code /variations} (whose fields are read as the JSON would
 * carry them: numbers and booleans from their text). Each endpoint's parameters are
 * OpenAI's; with strict parameters another one is OpenAI's {@code unknown_parameter} 400.
 * Without a {@code model}, generations and edits take {@code dall-e-2} unless a parameter
 * only the GPT image models have is set ({@code gpt-image-1} then), variations
 * {@code dall-e-2}.
 */
final class ImagesRequestParser {

	/** Parameters only the GPT image models take. */
	static final Set<String> GPT_IMAGE_ONLY = Set.of("output_format", "output_compression", "background", "moderation",
			"stream", "partial_images", "input_fidelity");

	private static final Set<String> GENERATIONS = Set.of("prompt", "model", "n", "quality", "response_format",
			"output_format", "output_compression", "stream", "partial_images", "size", "moderation", "background",
			"style", "user");

	private static final Set<String> EDITS = Set.of("image", "image[]", "prompt", "mask", "background", "model", "n",
			"size", "response_format", "output_format", "output_compression", "user", "input_fidelity", "stream",
			"partial_images", "quality");

	private static final Set<String> JSON_EDITS = Set.of("model", "images", "mask", "prompt", "n", "quality",
			"input_fidelity", "size", "user", "output_format", "output_compression", "moderation", "background",
			"stream", "partial_images");

	private static final Set<String> VARIATIONS = Set.of("image", "model", "n", "response_format", "size", "user");

	private static final Set<String> INTEGERS = Set.of("n", "output_compression", "partial_images");

	private static final Set<String> BOOLEANS = Set.of("stream");

	private ImagesRequestParser() {
	}

	static ImageRequest json(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, GENERATIONS);
		return parse(Operation.GENERATIONS, body, List.of(), null);
	}

	/**
	 * Reads the JSON form of an edit (GPT image models): {@code images} and {@code mask}
	 * given as {@code image_url} (a data URL, or a remote URL, which is not fetched) or
	 * {@code file_id} (the Files API is not emulated: a 404).
	 */
	static ImageRequest jsonEdit(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, JSON_EDITS);
		JsonNode images = RequestFields.present(body, "images");
		if (images == null) {
			throw ApiException.missingParameter("images");
		}
		if (!images.isArray()) {
			throw ApiException.invalidType("images", "an array", RequestFields.describe(images));
		}
		if (images.isEmpty()) {
			throw ApiException.emptyArray("images");
		}
		List<Upload> uploads = new ArrayList<>();
		for (int i = 0; i < images.size(); i++) {
			uploads.add(reference(images.get(i), "images[" + i + "]"));
		}
		JsonNode mask = RequestFields.present(body, "mask");
		ObjectNode fields = ((ObjectNode) body).deepCopy();
		fields.remove("images");
		fields.remove("mask");
		if (RequestFields.present(body, "model") == null) {
			fields.put("model", "gpt-image-1");
		}
		return parse(Operation.EDITS, fields, uploads, (mask != null) ? reference(mask, "mask") : null);
	}

	private static Upload reference(JsonNode image, String param) {
		RequestFields.object(image, param);
		String fileId = RequestFields.optionalString(image, "file_id", param + ".file_id");
		if (fileId != null) {
			throw ApiException.notFound("No such File object: " + fileId);
		}
		String url = RequestFields.optionalString(image, "image_url", param + ".image_url");
		if (url == null) {
			throw ApiException.missingParameter(param + ".image_url");
		}
		if (url.startsWith("data:")) {
			int comma = url.indexOf(',');
			try {
				if (comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
					throw new IllegalArgumentException("not base64");
				}
				return new Upload(url.substring(0, comma), Base64.getMimeDecoder().decode(url.substring(comma + 1)));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest(param + ".image_url",
						"Invalid 'image_url': expected a base64-encoded data URL or an http(s) URL.", "invalid_value");
			}
		}
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			throw ApiException.badRequest(param + ".image_url",
					"Invalid 'image_url': expected a base64-encoded data URL or an http(s) URL.", "invalid_value");
		}
		return new Upload(url, null);
	}

	/** Reads a multipart form ({@link MultipartForm}). */
	static ImageRequest multipart(Operation operation, HttpServletRequest request, boolean strict) {
		Set<String> known = (operation == Operation.EDITS) ? EDITS : VARIATIONS;
		Set<String> files = (operation == Operation.EDITS) ? Set.of("image", "image[]", "mask") : Set.of("image");
		MultipartForm form = MultipartForm.read(request, files, INTEGERS, BOOLEANS);
		List<Upload> images = new ArrayList<>();
		for (String name : List.of("image", "image[]")) {
			form.files(name).forEach((file) -> images.add(new Upload(file.name(), file.bytes())));
		}
		List<MultipartForm.Upload> masks = form.files("mask");
		Upload mask = masks.isEmpty() ? null : new Upload(masks.get(0).name(), masks.get(0).bytes());
		RequestFields.body(form.fields(), strict, known);
		return parse(operation, form.fields(), images, mask);
	}

	private static ImageRequest parse(Operation operation, JsonNode body, List<Upload> images, @Nullable Upload mask) {
		Set<String> given = new LinkedHashSet<>();
		for (String name : body.propertyNames()) {
			if (RequestFields.present(body, name) != null) {
				given.add(name);
			}
		}
		String prompt = null;
		if (operation != Operation.VARIATIONS) {
			prompt = RequestFields.requiredString(body, "prompt");
		}
		if (operation != Operation.GENERATIONS && images.isEmpty()) {
			throw ApiException.missingParameter("image");
		}
		String model = RequestFields.optionalString(body, "model", "model");
		if (model == null || model.isBlank()) {
			boolean gptOnly = given.stream().anyMatch(GPT_IMAGE_ONLY::contains);
			model = (operation != Operation.VARIATIONS && gptOnly) ? "gpt-image-1" : "dall-e-2";
		}
		RequestFields.optionalString(body, "user", "user");
		RequestFields.oneOf(body, "moderation", Set.of("low", "auto"));
		RequestFields.oneOf(body, "input_fidelity", Set.of("high", "low"));
		return new ImageRequest(operation, model, prompt, RequestFields.integer(body, "n", 1, 10),
				RequestFields.optionalString(body, "size", "size"),
				RequestFields.optionalString(body, "quality", "quality"),
				RequestFields.oneOf(body, "style", Set.of("vivid", "natural")),
				RequestFields.oneOf(body, "response_format", Set.of("url", "b64_json")),
				RequestFields.oneOf(body, "output_format", Set.of("png", "jpeg", "webp")),
				RequestFields.integer(body, "output_compression", 0, 100),
				RequestFields.oneOf(body, "background", Set.of("transparent", "opaque", "auto")),
				RequestFields.bool(body, "stream", false), RequestFields.integer(body, "partial_images", 0, 3),
				List.copyOf(images), mask, Set.copyOf(given));
	}

}
