package dev.fakeai.embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads a {@code POST /v1/embeddings} body as OpenAI validates it: {@code input} as a
 * string, strings, one token array or token arrays (1 to 2,048 inputs, none empty or
 * blank), {@code encoding_format} {@code float} or {@code base64}, {@code dimensions} at
 * least 1; each failure OpenAI's 400.
 */
final class EmbeddingsRequestParser {

	static final int MAX_INPUTS = 2048;

	private static final Set<String> PARAMETERS = Set.of("input", "model", "encoding_format", "dimensions", "user");

	private static final Set<String> FORMATS = Set.of("float", "base64");

	private EmbeddingsRequestParser() {
	}

	/**
	 * A parsed request.
	 *
	 * @param model the requested model
	 * @param inputs the inputs, in order
	 * @param base64 whether vectors go out as base64
	 * @param dimensions the length asked for, if any
	 */
	record Parsed(String model, List<EmbeddingInput> inputs, boolean base64, @Nullable Integer dimensions) {
	}

	static Parsed parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = RequestFields.requiredString(body, "model");
		JsonNode input = present(body, "input");
		if (input == null) {
			throw ApiException.missingParameter("input");
		}
		String format = RequestFields.oneOf(body, "encoding_format", FORMATS);
		RequestFields.optionalString(body, "user", "user");
		return new Parsed(model, inputs(input), "base64".equals(format),
				RequestFields.integer(body, "dimensions", 1, Integer.MAX_VALUE));
	}

	private static List<EmbeddingInput> inputs(JsonNode input) {
		if (input.isString()) {
			return List.of(text(input));
		}
		if (!input.isArray()) {
			throw ApiException.invalidType("input", "a string or an array", describe(input));
		}
		if (input.isEmpty()) {
			throw invalidInput();
		}
		if (input.size() > MAX_INPUTS) {
			throw ApiException.badRequest("input",
					"Invalid 'input': array too long. Expected an array with maximum "
							+ "length 2048, but got an array with length " + input.size() + " instead.",
					"array_above_max_length");
		}
		if (input.get(0).isIntegralNumber()) {
			return List.of(tokens(input));
		}
		List<EmbeddingInput> inputs = new ArrayList<>(input.size());
		for (JsonNode item : input) {
			if (item.isString()) {
				inputs.add(text(item));
			}
			else if (item.isArray()) {
				inputs.add(tokens(item));
			}
			else {
				throw invalidInput();
			}
		}
		return inputs;
	}

	private static EmbeddingInput text(JsonNode text) {
		if (text.asString().isBlank()) {
			throw invalidInput();
		}
		return new EmbeddingInput(text.asString(), null);
	}

	private static EmbeddingInput tokens(JsonNode array) {
		if (array.isEmpty()) {
			throw invalidInput();
		}
		List<Integer> tokens = new ArrayList<>(array.size());
		for (JsonNode token : array) {
			if (!token.isIntegralNumber() || !token.canConvertToInt() || token.asInt() < 0) {
				throw invalidInput();
			}
			tokens.add(token.asInt());
		}
		return new EmbeddingInput(null, tokens);
	}

	/**
	 * OpenAI's answer to an input it cannot embed: empty, blank, or of the wrong shape.
	 */
	static ApiException invalidInput() {
		return ApiException.badRequest(null,
				"'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
				null);
	}

}
