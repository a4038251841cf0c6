package dev.fakeai.simulation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Arrays for a schema: a length within {@code minItems}/{@code maxItems}, the
 * {@code prefixItems} (or draft 7's tuple {@code items}) first, then {@code items};
 * {@code contains} met {@code minContains} times; distinct items under
 * {@code uniqueItems}, or a clear failure when the item schema has too few values.
 */
final class ArrayValues {

	/** Longest array made; a larger {@code minItems} is refused. */
	static final int MAX_ITEMS = 256;

	private static final int DEFAULT_MAX = 3;

	private static final int DISTINCT_ATTEMPTS = 16;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonInstanceGenerator generator;

	ArrayValues(JsonInstanceGenerator generator) {
		this.generator = generator;
	}

	JsonNode array(JsonNode schema, String name, int depth, String at) {
		JsonNode prefix = schema.path("prefixItems");
		JsonNode items = schema.get("items");
		if (items != null && items.isArray()) {
			prefix = items;
			items = schema.get("additionalItems");
		}
		int count = count(schema, prefix.size(), items, depth, at);
		JsonNode contains = schema.get("contains");
		int needed = (contains != null) ? JsonInstanceGenerator.count(schema, "minContains", 1) : 0;
		boolean unique = schema.path("uniqueItems").asBoolean(false);
		ArrayNode array = NODES.arrayNode();
		for (int i = 0; i < count; i++) {
			JsonNode itemSchema = (i < prefix.size()) ? prefix.get(i) : (items != null) ? items : NODES.objectNode();
			String where = (i < prefix.size()) ? at + "/prefixItems/" + i : at + "/items";
			if (i >= prefix.size() && needed > 0) {
				itemSchema = SchemaMerge.merge(List.of(this.generator.resolve(itemSchema, where),
						this.generator.resolve(contains, at + "/contains")), where);
				needed--;
			}
			JsonNode item = unique ? distinct(array, itemSchema, name, depth, where)
					: this.generator.value(itemSchema, singular(name), depth + 1, where);
			if (item == null) {
				if (i < JsonInstanceGenerator.count(schema, "minItems", 0)) {
					throw new UnsatisfiableSchemaException("uniqueItems", at, "the item schema gave no new value after "
							+ i + " distinct items, and minItems asks for more.");
				}
				break;
			}
			array.add(item);
		}
		return array;
	}

	private int count(JsonNode schema, int prefixSize, JsonNode items, int depth, String at) {
		int min = JsonInstanceGenerator.count(schema, "minItems", 0);
		int max = JsonInstanceGenerator.count(schema, "maxItems", Math.max(min, DEFAULT_MAX));
		if (schema.has("contains")) {
			min = Math.max(min, JsonInstanceGenerator.count(schema, "minContains", 1));
		}
		if (min > max) {
			throw new UnsatisfiableSchemaException("minItems", at,
					"it asks for at least " + min + " items and at most " + max + ".");
		}
		if (min > MAX_ITEMS) {
			throw new UnsatisfiableSchemaException("minItems", at,
					"arrays of more than " + MAX_ITEMS + " items are not generated.");
		}
		if (items != null && items.isBoolean() && !items.asBoolean()) {
			if (min > prefixSize) {
				throw new UnsatisfiableSchemaException("items", at,
						"it asks for " + min + " items but allows only the " + prefixSize + " listed.");
			}
			max = Math.min(max, prefixSize);
		}
		int top = Math.min(max, MAX_ITEMS);
		if (depth >= JsonInstanceGenerator.SHALLOW_DEPTH || top <= min) {
			return min;
		}
		int least = Math.max(min, Math.min(1, top));
		return least + this.generator.random().nextInt(Math.min(top - least, DEFAULT_MAX) + 1);
	}

	private @Nullable JsonNode distinct(ArrayNode array, JsonNode itemSchema, String name, int depth, String at) {
		for (int attempt = 0; attempt < DISTINCT_ATTEMPTS; attempt++) {
			JsonNode item = this.generator.value(itemSchema, singular(name), depth + 1, at);
			if (!contains(array, item)) {
				return item;
			}
		}
		return null;
	}

	private static boolean contains(ArrayNode array, JsonNode value) {
		for (JsonNode existing : array) {
			if (existing.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static String singular(String name) {
		return (name.endsWith("s") && name.length() > 1) ? name.substring(0, name.length() - 1) : name;
	}

}
