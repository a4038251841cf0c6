package dev.fakeai.moderations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads a {@code POST /v1/moderations} body: {@code model} (default
 * {@code omni-moderation-latest}) and {@code input} as a string, strings (one result
 * each) or the text and image parts of one multimodal input, each wrong shape OpenAI's
 * 400.
 */
final class ModerationsRequestParser {

	static final String DEFAULT_MODEL = "omni-moderation-latest";

	private static final Set<String> PARAMETERS = Set.of("input", "model");

	private ModerationsRequestParser() {
	}

	/**
	 * A parsed request.
	 *
	 * @param model the requested model
	 * @param inputs one entry per result
	 */
	record Parsed(String model, List<ModerationInput> inputs) {
	}

	static Parsed parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = RequestFields.optionalString(body, "model", "model");
		JsonNode input = present(body, "input");
		if (input == null) {
			throw ApiException.missingParameter("input");
		}
		return new Parsed((model != null) ? model : DEFAULT_MODEL, inputs(input));
	}

	private static List<ModerationInput> inputs(JsonNode input) {
		if (input.isString()) {
			return List.of(new ModerationInput(input.asString(), true, 0));
		}
		if (!input.isArray()) {
			throw ApiException.invalidType("input", "a string, an array of strings or an array of content parts",
					describe(input));
		}
		if (input.isEmpty()) {
			throw ApiException.emptyArray("input");
		}
		if (input.get(0).isObject()) {
			return List.of(parts(input));
		}
		List<ModerationInput> inputs = new ArrayList<>(input.size());
		for (int i = 0; i < input.size(); i++) {
			if (!input.get(i).isString()) {
				throw ApiException.invalidType("input[" + i + "]", "a string", describe(input.get(i)));
			}
			inputs.add(new ModerationInput(input.get(i).asString(), true, 0));
		}
		return inputs;
	}

	private static ModerationInput parts(JsonNode parts) {
		StringBuilder text = new StringBuilder();
		boolean hasText = false;
		int images = 0;
		for (int i = 0; i < parts.size(); i++) {
			String param = "input[" + i + "]";
			JsonNode part = RequestFields.object(parts.get(i), param);
			String type = RequestFields.requiredString(part, "type", param + ".type");
			if (type.equals("text")) {
				if (hasText) {
					text.append('\n');
				}
				text.append(RequestFields.requiredString(part, "text", param + ".text"));
				hasText = true;
			}
			else if (type.equals("image_url")) {
				JsonNode image = RequestFields.object(part.path("image_url"), param + ".image_url");
				String url = RequestFields.requiredString(image, "url", param + ".image_url.url");
				if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("data:image/")) {
					throw ApiException.invalidParameter(param + ".image_url.url",
							"Invalid image URL: expected an http(s) URL or a base64-encoded data URL of an image.");
				}
				images++;
			}
			else {
				throw ApiException.invalidParameter(param + ".type",
						"Invalid value: '" + type + "'. Supported values are: 'text' and 'image_url'.");
			}
		}
		return new ModerationInput(text.toString(), hasText, images);
	}

}
