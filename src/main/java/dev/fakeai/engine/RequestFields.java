package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a request's JSON as OpenAI validates them: a missing required
 * field, a wrong JSON type, a value out of range or not among the allowed ones is
 * OpenAI's 400, naming the parameter. Every API's parser reads its body with these.
 */
public final class RequestFields {

	private RequestFields() {
	}

	/** OpenAI's pattern for function and schema names. */
	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]+");

	private static final int MAX_NAME = 64;

	private static final int MAX_STOP_SEQUENCES = 4;

	private static final int MAX_METADATA = 16;

	/**
	 * Checks a function or schema name as OpenAI does: letters, digits, {@code _} and
	 * {@code -} (its pattern error), at most 64 of them (its length error).
	 * @param name the name
	 * @param param where it is, e.g. {@code tools[0].function.name}
	 * @return the name
	 */
	public static String name(String name, String param) {
		if (!NAME.matcher(name).matches()) {
			throw ApiException.invalidParameter(param, "Invalid '" + param + "': string does not match pattern. "
					+ "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.");
		}
		if (name.length() > MAX_NAME) {
			throw ApiException.badRequest(param,
					"Invalid '" + param + "': string too long. Expected a string with maximum length " + MAX_NAME
							+ ", but got a string with length " + name.length() + " instead.",
					"string_above_max_length");
		}
		return name;
	}

	/**
	 * A request body as every API checks it first: a JSON object and, when strict, with
	 * no field the API does not define.
	 * @param body the body
	 * @param strict whether unknown fields are refused
	 * @param known every field the API defines
	 * @return the body
	 */
	public static JsonNode body(JsonNode body, boolean strict, Set<String> known) {
		if (!body.isObject()) {
			throw ApiException.invalidType("body", "an object", describe(body));
		}
		if (strict) {
			requireKnownFields(body, known);
		}
		return body;
	}

	/**
	 * {@code stream_options.include_usage}, with OpenAI's rule that stream options need
	 * {@code stream}.
	 * @param body the body
	 * @param stream whether the request streams
	 * @return whether a stream ends with a usage chunk
	 */
	public static boolean includeUsage(JsonNode body, boolean stream) {
		JsonNode options = present(body, "stream_options");
		if (options != null && !stream) {
			throw ApiException.invalidParameter("stream_options",
					"The 'stream_options' parameter is only allowed when 'stream' is enabled.");
		}
		return options != null && object(options, "stream_options").path("include_usage").asBoolean(false);
	}

	/**
	 * Refuses a top-level field the API does not define, as OpenAI does.
	 * @param body the request body
	 * @param known every field the API defines
	 */
	public static void requireKnownFields(JsonNode body, Set<String> known) {
		for (String field : body.propertyNames()) {
			if (!known.contains(field)) {
				throw ApiException.unknownParameter(field);
			}
		}
	}

	public static @Nullable JsonNode present(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	public static JsonNode object(JsonNode node, String param) {
		if (node.isMissingNode() || node.isNull()) {
			throw ApiException.missingParameter(param);
		}
		if (!node.isObject()) {
			throw ApiException.invalidType(param, "an object", describe(node));
		}
		return node;
	}

	public static String requiredString(JsonNode node, String field) {
		return requiredString(node, field, field);
	}

	public static String requiredString(JsonNode node, String field, String param) {
		JsonNode value = present(node, field);
		if (value == null) {
			throw ApiException.missingParameter(param);
		}
		if (!value.isString()) {
			throw ApiException.invalidType(param, "a string", describe(value));
		}
		return value.asString();
	}

	public static @Nullable String optionalString(JsonNode node, String field, String param) {
		JsonNode value = present(node, field);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw ApiException.invalidType(param, "a string", describe(value));
		}
		return value.asString();
	}

	public static boolean bool(JsonNode node, String field, boolean fallback) {
		return bool(node, field, fallback, field);
	}

	public static boolean bool(JsonNode node, String field, boolean fallback, String param) {
		JsonNode value = present(node, field);
		if (value == null) {
			return fallback;
		}
		if (!value.isBoolean()) {
			throw ApiException.invalidType(param, "a boolean", describe(value));
		}
		return value.asBoolean();
	}

	public static @Nullable String oneOf(JsonNode body, String field, Set<String> allowed) {
		return oneOf(body, field, allowed, field);
	}

	public static @Nullable String oneOf(JsonNode node, String field, Set<String> allowed, String param) {
		String value = optionalString(node, field, param);
		if (value != null && !allowed.contains(value)) {
			throw ApiException.invalidParameter(param, "Invalid value: '" + value + "'. Supported values are: "
					+ String.join(", ", allowed.stream().sorted().map((v) -> "'" + v + "'").toList()) + ".");
		}
		return value;
	}

	public static @Nullable Double decimal(JsonNode body, String field, double min, double max) {
		JsonNode value = present(body, field);
		if (value == null) {
			return null;
		}
		if (!value.isNumber()) {
			throw ApiException.invalidType(field, "a decimal", describe(value));
		}
		double number = value.asDouble();
		if (number > max) {
			throw ApiException.outOfRange(field, value.numberValue(), trim(max), true, false);
		}
		if (number < min) {
			throw ApiException.outOfRange(field, value.numberValue(), trim(min), false, false);
		}
		return number;
	}

	public static @Nullable Integer integer(JsonNode body, String field, int min, int max) {
		JsonNode value = present(body, field);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber()) {
			throw ApiException.invalidType(field, "an integer", describe(value));
		}
		if (!value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
			boolean above = !value.canConvertToInt() ? value.asDouble() > 0 : value.asInt() > max;
			throw ApiException.outOfRange(field, value.numberValue(), above ? max : min, above, true);
		}
		return value.asInt();
	}

	private static Number trim(double bound) {
		if (bound == Math.rint(bound)) {
			return Integer.valueOf((int) bound);
		}
		return Double.valueOf(bound);
	}

	public static <T> T orDefault(@Nullable T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	public static String describe(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return "null";
		}
		if (value.isString()) {
			return "a string";
		}
		if (value.isBoolean()) {
			return "a boolean";
		}
		if (value.isIntegralNumber()) {
			return "an integer";
		}
		if (value.isNumber()) {
			return "a decimal";
		}
		return value.isArray() ? "an array" : "an object";
	}

	/**
	 * {@code stop}: a string or up to 4 strings.
	 * @param body the request body
	 * @return the stop sequences, empty when none
	 */
	public static List<String> stopSequences(JsonNode body) {
		JsonNode stop = present(body, "stop");
		if (stop == null) {
			return List.of();
		}
		if (stop.isString()) {
			return List.of(stop.asString());
		}
		if (!stop.isArray()) {
			throw ApiException.invalidType("stop", "a string or an array of strings", describe(stop));
		}
		if (stop.size() > MAX_STOP_SEQUENCES) {
			throw ApiException.invalidParameter("stop",
					"Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with "
							+ "length " + stop.size() + " instead.");
		}
		List<String> sequences = new ArrayList<>();
		for (int i = 0; i < stop.size(); i++) {
			if (!stop.get(i).isString()) {
				throw ApiException.invalidType("stop[" + i + "]", "a string", describe(stop.get(i)));
			}
			sequences.add(stop.get(i).asString());
		}
		return sequences;
	}

	/**
	 * {@code seed}: an integer.
	 * @param body the request body
	 * @return the seed, or {@code null}
	 */
	public static @Nullable Long seed(JsonNode body) {
		JsonNode seed = present(body, "seed");
		if (seed == null) {
			return null;
		}
		if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
			throw ApiException.invalidType("seed", "an integer", describe(seed));
		}
		return seed.asLong();
	}

	/**
	 * A request's {@code metadata} as OpenAI checks it: an object of at most 16 string
	 * values, keys of at most 64 characters, values of at most 512.
	 * @param body the request, or any object with a {@code metadata} field
	 * @return the metadata in the order sent, empty when absent or null
	 */
	public static Map<String, String> metadata(JsonNode body) {
		JsonNode metadata = present(body, "metadata");
		if (metadata == null) {
			return Map.of();
		}
		object(metadata, "metadata");
		if (metadata.size() > MAX_METADATA) {
			throw ApiException.invalidParameter("metadata", "Invalid 'metadata': too many properties. Expected an "
					+ "object with at most 16 properties, but got an object with " + metadata.size() + " properties.");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
			String param = "metadata." + entry.getKey();
			if (entry.getKey().length() > 64) {
				throw ApiException.invalidParameter("metadata", "Invalid 'metadata': key '" + entry.getKey()
						+ "' is too long. Expected keys of at most 64 characters.");
			}
			if (!entry.getValue().isString()) {
				throw ApiException.invalidType(param, "a string", describe(entry.getValue()));
			}
			if (entry.getValue().asString().length() > 512) {
				throw ApiException.invalidParameter(param,
						"Invalid '" + param + "': string too long. Expected a "
								+ "string with maximum length 512, but got a string with length "
								+ entry.getValue().asString().length() + " instead.");
			}
			values.put(entry.getKey(), entry.getValue().asString());
		}
		return values;
	}

}
