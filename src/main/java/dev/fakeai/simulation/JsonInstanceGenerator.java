package dev.fakeai.simulation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a JSON value that a JSON schema accepts: types and type unions, {@code enum} and
 * {@code const}, {@code anyOf}/{@code oneOf}/{@code allOf}, local {@code $ref}s, objects
 * with {@code required} and {@code additionalProperties}, arrays with item counts, number
 * and string bounds, the common formats, and string {@code pattern}s (made by RgxGen when
 * the usual text does not match). String values come from the prompt where a property's
 * name suggests it. Callers validate the result ({@link JsonSchemas}).
 */
public final class JsonInstanceGenerator {

	private static final int MAX_DEPTH = 12;

	/** Values made for one instance at most; a recursive or huge schema stops here. */
	private static final int MAX_NODES = 10_000;

	private static final int MAX_ITEMS = 64;

	private static final int MAX_STRING = 10_000;

	private int nodes;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode root;

	private final SplittableRandom random;

	private final PromptTopic topic;

	/**
	 * A generator for one schema.
	 * @param root the schema (and the root its {@code $ref}s point into)
	 * @param random the seeded source of choices
	 * @param topic the prompt, for string values
	 */
	public JsonInstanceGenerator(JsonNode root, SplittableRandom random, PromptTopic topic) {
		this.root = root;
		this.random = random;
		this.topic = topic;
	}

	/**
	 * A value for the root schema.
	 * @return the value
	 */
	public JsonNode generate() {
		return value(this.root, "value", 0);
	}

	private JsonNode value(JsonNode schema, String name, int depth) {
		if (depth > MAX_DEPTH || !schema.isObject() || ++this.nodes > MAX_NODES) {
			return NODES.nullNode();
		}
		JsonNode resolved = resolve(schema);
		if (resolved.has("const")) {
			return resolved.get("const");
		}
		if (resolved.get("enum") instanceof ArrayNode values && !values.isEmpty()) {
			return values.get(this.random.nextInt(values.size()));
		}
		JsonNode choice = firstNonNull(resolved.get("anyOf"), resolved.get("oneOf"));
		if (choice != null) {
			return value(choice, name, depth + 1);
		}
		if (resolved.get("allOf") instanceof ArrayNode parts) {
			return allOf(parts, name, depth);
		}
		return switch (typeOf(resolved)) {
			case "object" -> object(resolved, depth);
			case "array" -> array(resolved, name, depth);
			case "integer" -> NODES.numberNode(integer(resolved));
			case "number" -> NODES.numberNode(number(resolved));
			case "boolean" -> NODES.booleanNode(this.random.nextBoolean());
			case "null" -> NODES.nullNode();
			default -> NODES.stringNode(string(resolved, name));
		};
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int hops = 0; hops < MAX_DEPTH && current.has("$ref"); hops++) {
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#")) {
				return current;
			}
			JsonNode target = this.root.at(ref.substring(1));
			if (target.isMissingNode()) {
				return current;
			}
			current = target;
		}
		return current;
	}

	private @Nullable JsonNode firstNonNull(@Nullable JsonNode anyOf, @Nullable JsonNode oneOf) {
		JsonNode options = (anyOf != null) ? anyOf : oneOf;
		if (!(options instanceof ArrayNode array) || array.isEmpty()) {
			return null;
		}
		for (JsonNode option : array) {
			if (!"null".equals(typeOf(resolve(option)))) {
				return option;
			}
		}
		return array.get(0);
	}

	private JsonNode allOf(ArrayNode parts, String name, int depth) {
		ObjectNode merged = NODES.objectNode();
		ObjectNode properties = merged.putObject("properties");
		ArrayNode required = merged.putArray("required");
		merged.put("type", "object");
		for (JsonNode part : parts) {
			JsonNode resolved = resolve(part);
			if (resolved.get("properties") instanceof ObjectNode more) {
				properties.setAll(more);
			}
			if (resolved.get("required") instanceof ArrayNode names) {
				required.addAll(names);
			}
			if (!"object".equals(typeOf(resolved)) && parts.size() == 1) {
				return value(resolved, name, depth + 1);
			}
		}
		return object(merged, depth);
	}

	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type instanceof ArrayNode types) {
			for (JsonNode option : types) {
				if (!"null".equals(option.asString())) {
					return option.asString();
				}
			}
			return "null";
		}
		if (type != null && type.isString()) {
			return type.asString();
		}
		if (schema.has("properties")) {
			return "object";
		}
		return schema.has("items") ? "array" : "string";
	}

	private JsonNode object(JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		JsonNode properties = schema.get("properties");
		List<String> required = new ArrayList<>();
		if (schema.get("required") instanceof ArrayNode names) {
			names.forEach((n) -> required.add(n.asString()));
		}
		if (properties instanceof ObjectNode declared) {
			for (Map.Entry<String, JsonNode> property : declared.properties()) {
				if (required.contains(property.getKey()) || this.random.nextInt(4) != 0) {
					object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
				}
			}
		}
		for (String name : required) {
			if (!object.has(name)) {
				JsonNode additional = schema.get("additionalProperties");
				object.set(name, value((additional != null && additional.isObject()) ? additional : NODES.objectNode(),
						name, depth + 1));
			}
		}
		return object;
	}

	private JsonNode array(JsonNode schema, String name, int depth) {
		ArrayNode array = NODES.arrayNode();
		int min = Math.min(Math.max(0, schema.path("minItems").asInt(1)), MAX_ITEMS);
		int max = Math.min(Math.max(min, schema.path("maxItems").asInt(Math.max(min, 3))), MAX_ITEMS);
		int count = min + this.random.nextInt(Math.max(1, max - min + 1));
		JsonNode items = schema.get("items");
		if (schema.get("prefixItems") instanceof ArrayNode prefix) {
			for (Iterator<JsonNode> it = prefix.iterator(); it.hasNext()
					&& array.size() < Math.max(count, prefix.size());) {
				array.add(value(it.next(), name, depth + 1));
			}
		}
		while (array.size() < count) {
			array.add(
					value((items != null && items.isObject()) ? items : NODES.objectNode(), singular(name), depth + 1));
		}
		if (schema.path("uniqueItems").asBoolean(false)) {
			dropDuplicates(array, min);
		}
		return array;
	}

	private static boolean containsValue(ArrayNode array, JsonNode value) {
		for (JsonNode existing : array) {
			if (existing.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static void dropDuplicates(ArrayNode array, int min) {
		for (int i = array.size() - 1; i >= 0 && array.size() > min; i--) {
			for (int j = 0; j < i; j++) {
				if (array.get(i).equals(array.get(j))) {
					array.remove(i);
					break;
				}
			}
		}
	}

	private long integer(JsonNode schema) {
		double low = bound(schema, "minimum", "exclusiveMinimum", 1, 0);
		double high = bound(schema, "maximum", "exclusiveMaximum", -1, Math.max(low, 0) + 100);
		long min = (long) Math.ceil(low);
		long max = (long) Math.floor(high);
		if (max < min) {
			return min;
		}
		long value = min + (long) (this.random.nextDouble() * (max - min + 1));
		long multiple = schema.path("multipleOf").asLong(0);
		if (multiple > 0) {
			value = Math.max(min, value - Math.floorMod(value, multiple));
			if (value % multiple != 0 || value > max) {
				value = (long) Math.ceil((double) min / multiple) * multiple;
			}
		}
		return Math.min(value, max);
	}

	private double number(JsonNode schema) {
		double low = bound(schema, "minimum", "exclusiveMinimum", 0.01, 0);
		double high = bound(schema, "maximum", "exclusiveMaximum", -0.01, Math.max(low, 0) + 100);
		if (high < low) {
			return low;
		}
		return Math.round((low + this.random.nextDouble() * (high - low)) * 100) / 100.0;
	}

	private static double bound(JsonNode schema, String inclusive, String exclusive, double step, double fallback) {
		JsonNode value = schema.get(inclusive);
		if (value != null && value.isNumber()) {
			return value.asDouble();
		}
		value = schema.get(exclusive);
		return (value != null && value.isNumber()) ? value.asDouble() + step : fallback;
	}

	private String string(JsonNode schema, String name) {
		String format = schema.path("format").asString("");
		String value = switch (format) {
			case "date-time" -> "2026-11-26T12:00:00Z";
			case "date" -> "2026-11-26";
			case "time" -> "12:00:00";
			case "email" -> "user@example.com";
			case "uri", "url" -> "https://example.com/" + slug(this.topic.keyword(0));
			case "uuid" -> new java.util.UUID(this.random.nextLong(), this.random.nextLong()).toString();
			case "hostname" -> "example.com";
			case "ipv4" -> "192.0.2." + (1 + this.random.nextInt(254));
			case "ipv6" -> "2001:db8::" + Integer.toHexString(1 + this.random.nextInt(0xfffe));
			case "duration" -> "PT" + (1 + this.random.nextInt(59)) + "M";
			default -> textFor(name);
		};
		int min = Math.min(schema.path("minLength").asInt(0), MAX_STRING);
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		String pattern = schema.path("pattern").asString("");
		if (!pattern.isEmpty()) {
			String matching = PatternStrings.fit(pattern, value, min, Math.min(max, MAX_STRING), this.random);
			if (matching != null) {
				return matching;
			}
		}
		StringBuilder padded = new StringBuilder(value);
		if (padded.length() < min) {
			while (padded.length() < min) {
				padded.append(padded.length() == 0 ? "x" : padded.toString());
			}
			padded.setLength(min);
		}
		return padded.length() > max ? padded.substring(0, max) : padded.toString();
	}

	private String textFor(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.contains("name") || lower.contains("title")) {
			return capitalized(this.topic.keyword(this.random.nextInt(4)));
		}
		if (lower.contains("location") || lower.contains("city") || lower.contains("place")
				|| lower.contains("country")) {
			return place();
		}
		if (lower.contains("query") || lower.contains("topic") || lower.contains("subject")
				|| lower.contains("search")) {
			return this.topic.subject();
		}
		if (lower.contains("description") || lower.contains("summary") || lower.contains("text")
				|| lower.contains("content") || lower.contains("reason") || lower.contains("answer")) {
			return "A short note about " + this.topic.subject() + ".";
		}
		if (lower.contains("unit")) {
			return "celsius";
		}
		if (lower.contains("language")) {
			return "en";
		}
		return this.topic.keyword(this.random.nextInt(8));
	}

	private String place() {
		for (String keyword : this.topic.keywords()) {
			if (Character.isUpperCase(keyword.charAt(0))) {
				return keyword;
			}
		}
		return "San Francisco";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String singular(String name) {
		return (name.endsWith("s") && name.length() > 1) ? name.substring(0, name.length() - 1) : name;
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
