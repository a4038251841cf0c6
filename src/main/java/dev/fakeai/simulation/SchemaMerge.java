package dev.fakeai.simulation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One schema that asks for everything several schemas ask for ({@code allOf}, or a
 * {@code $ref} with keywords beside it): types and enums intersected, bounds tightened,
 * {@code required} joined, properties and item schemas combined, and
 * {@code additionalProperties: false} of one part honoured against the others'
 * properties. Contradictions fail with the keyword at fault.
 */
final class SchemaMerge {

	private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems",
			"minProperties", "minContains");

	private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
			"maxProperties", "maxContains");

	private static final Set<String> SUBSCHEMAS = Set.of("items", "contains", "propertyNames", "additionalProperties");

	/** Most alternatives a product of two {@code anyOf}s may have. */
	private static final int MAX_ALTERNATIVES = 64;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SchemaMerge() {
	}

	/**
	 * Merges resolved schemas (no {@code $ref} or {@code allOf} at their top).
	 * @param parts the schemas, objects or booleans
	 * @param at where they stand, for errors
	 * @return the merged schema
	 */
	static ObjectNode merge(List<JsonNode> parts, String at) {
		ObjectNode merged = NODES.objectNode();
		Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
		Set<String> allowed = null;
		for (JsonNode part : parts) {
			if (part.isBoolean()) {
				if (!part.asBoolean()) {
					throw new UnsatisfiableSchemaException("allOf", at, "one of its schemas is false.");
				}
				continue;
			}
			for (Map.Entry<String, JsonNode> entry : part.properties()) {
				mergeKeyword(merged, entry.getKey(), entry.getValue(), properties, at);
			}
			if (part.path("additionalProperties").isBoolean() && !part.get("additionalProperties").asBoolean()
					&& !part.has("patternProperties")) {
				Set<String> own = new LinkedHashSet<>();
				part.path("properties").propertyNames().forEach(own::add);
				if (allowed != null) {
					own.retainAll(allowed);
				}
				allowed = own;
			}
		}
		ObjectNode combined = NODES.objectNode();
		properties.forEach((name, schemas) -> {
			if (schemas.size() == 1) {
				combined.set(name, schemas.get(0));
			}
			else {
				combined.putObject(name).set("allOf", NODES.arrayNode().addAll(schemas));
			}
		});
		if (allowed != null) {
			restrict(merged, combined, allowed, at);
		}
		else if (!properties.isEmpty()) {
			merged.set("properties", combined);
		}
		return merged;
	}

	private static void mergeKeyword(ObjectNode merged, String key, JsonNode value,
			Map<String, List<JsonNode>> properties, String at) {
		JsonNode existing = merged.get(key);
		if (key.equals("properties")) {
			value.properties()
				.forEach((p) -> properties.computeIfAbsent(p.getKey(), (k) -> new ArrayList<>()).add(p.getValue()));
		}
		else if (existing == null) {
			merged.set(key, value);
		}
		else if (LOWER_BOUNDS.contains(key) && value.isNumber() && existing.isNumber()) {
			merged.set(key, (value.decimalValue().compareTo(existing.decimalValue()) > 0) ? value : existing);
		}
		else if (UPPER_BOUNDS.contains(key) && value.isNumber() && existing.isNumber()) {
			merged.set(key, (value.decimalValue().compareTo(existing.decimalValue()) < 0) ? value : existing);
		}
		else if (key.equals("required")) {
			Set<JsonNode> names = new LinkedHashSet<>();
			existing.forEach(names::add);
			value.forEach(names::add);
			merged.set(key, NODES.arrayNode().addAll(names));
		}
		else {
			mergeOther(merged, key, existing, value, at);
		}
	}

	private static void mergeOther(ObjectNode merged, String key, JsonNode existing, JsonNode value, String at) {
		switch (key) {
			case "type" -> merged.set(key, types(existing, value, at));
			case "enum" -> merged.set(key, commonValues(existing, value, at));
			case "const" -> {
				if (!existing.equals(value)) {
					throw new UnsatisfiableSchemaException("const", at, "two schemas ask for different constants.");
				}
			}
			case "multipleOf" -> merged.set(key, commonMultiple(existing, value));
			case "uniqueItems" -> merged.put(key, existing.asBoolean(false) || value.asBoolean(false));
			case "anyOf" -> merged.set(key, product(existing, value));
			default -> {
				if (SUBSCHEMAS.contains(key) && !existing.equals(value)) {
					merged.set(key, both(existing, value));
				}
			}
		}
	}

	private static JsonNode types(JsonNode existing, JsonNode value, String at) {
		Set<String> common = new LinkedHashSet<>();
		Set<String> others = typeNames(value);
		for (String type : typeNames(existing)) {
			if (others.contains(type)) {
				common.add(type);
			}
			else if (type.equals("integer") && others.contains("number")
					|| type.equals("number") && others.contains("integer")) {
				common.add("integer");
			}
		}
		if (common.isEmpty()) {
			throw new UnsatisfiableSchemaException("type", at, "the schemas allow no common type.");
		}
		ArrayNode types = NODES.arrayNode();
		common.forEach(types::add);
		return (types.size() == 1) ? types.get(0) : types;
	}

	private static Set<String> typeNames(JsonNode type) {
		Set<String> names = new LinkedHashSet<>();
		if (type.isArray()) {
			type.forEach((t) -> names.add(t.asString()));
		}
		else {
			names.add(type.asString());
		}
		return names;
	}

	private static JsonNode commonValues(JsonNode existing, JsonNode value, String at) {
		ArrayNode common = NODES.arrayNode();
		for (JsonNode candidate : existing) {
			for (JsonNode other : value) {
				if (candidate.equals(other)) {
					common.add(candidate);
					break;
				}
			}
		}
		if (common.isEmpty()) {
			throw new UnsatisfiableSchemaException("enum", at, "the schemas' enums share no value.");
		}
		return common;
	}

	/**
	 * The larger multiple when one divides the other, the least common multiple of
	 * integers.
	 */
	private static JsonNode commonMultiple(JsonNode existing, JsonNode value) {
		BigDecimal a = existing.decimalValue();
		BigDecimal b = value.decimalValue();
		if (a.signum() <= 0 || b.signum() <= 0) {
			return existing;
		}
		if (a.remainder(b).signum() == 0) {
			return existing;
		}
		if (b.remainder(a).signum() == 0) {
			return value;
		}
		BigDecimal scale = BigDecimal.TEN.pow(Math.max(Math.max(a.scale(), b.scale()), 0));
		BigInteger x = a.multiply(scale).toBigIntegerExact();
		BigInteger y = b.multiply(scale).toBigIntegerExact();
		BigInteger lcm = x.divide(x.gcd(y)).multiply(y);
		return NODES.numberNode(new BigDecimal(lcm).divide(scale));
	}

	/**
	 * {@code anyOf(A) and anyOf(B)} as one {@code anyOf} of every pair, when small
	 * enough.
	 */
	private static JsonNode product(JsonNode existing, JsonNode value) {
		if (!existing.isArray() || !value.isArray() || existing.size() * value.size() > MAX_ALTERNATIVES) {
			return existing;
		}
		ArrayNode pairs = NODES.arrayNode();
		for (JsonNode a : existing) {
			for (JsonNode b : value) {
				pairs.add(both(a, b));
			}
		}
		return pairs;
	}

	private static JsonNode both(JsonNode a, JsonNode b) {
		if (a.isBoolean() || b.isBoolean()) {
			return (a.isBoolean() && !a.asBoolean()) ? a
					: (b.isBoolean() && !b.asBoolean()) ? b : a.isBoolean() ? b : a;
		}
		ObjectNode both = NODES.objectNode();
		both.putArray("allOf").add(a).add(b);
		return both;
	}

	private static void restrict(ObjectNode merged, ObjectNode properties, Set<String> allowed, String at) {
		ObjectNode kept = NODES.objectNode();
		properties.properties().forEach((p) -> {
			if (allowed.contains(p.getKey())) {
				kept.set(p.getKey(), p.getValue());
			}
		});
		for (JsonNode name : merged.path("required")) {
			if (!allowed.contains(name.asString())) {
				throw new UnsatisfiableSchemaException("additionalProperties", at,
						"'" + name.asString() + "' is required but another schema allows no property of that name.");
			}
		}
		merged.set("properties", kept);
		merged.put("additionalProperties", false);
	}

	/**
	 * The schema without some keywords: a shallow copy, since schemas are only read,
	 * never changed, while a value is made.
	 * @param schema the schema
	 * @param keywords the keywords to leave out
	 * @return the schema itself when it has none of them
	 */
	static JsonNode withoutKeywords(JsonNode schema, String... keywords) {
		if (!(schema instanceof ObjectNode object)) {
			return schema;
		}
		List<String> left = List.of(keywords);
		ObjectNode copy = NODES.objectNode();
		object.properties().forEach((entry) -> {
			if (!left.contains(entry.getKey())) {
				copy.set(entry.getKey(), entry.getValue());
			}
		});
		return (copy.size() == object.size()) ? schema : copy;
	}

}
