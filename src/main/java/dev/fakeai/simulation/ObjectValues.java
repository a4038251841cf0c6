package dev.fakeai.simulation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Objects for a schema: every {@code required} property, some optional ones (none deep in
 * a value), {@code dependentRequired} followed, and {@code minProperties} /
 * {@code maxProperties} met with declared or additional properties where the schema
 * allows them.
 */
final class ObjectValues {

	/** Most properties an object gets; a larger {@code minProperties} is refused. */
	static final int MAX_PROPERTIES = 1_000;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonInstanceGenerator generator;

	ObjectValues(JsonInstanceGenerator generator) {
		this.generator = generator;
	}

	JsonNode object(JsonNode schema, int depth, String at) {
		JsonNode declared = schema.path("properties");
		Set<String> names = chosenNames(schema, declared, depth, at);
		ObjectNode object = NODES.objectNode();
		for (String name : names) {
			String where = declared.has(name) ? at + "/properties/" + name : at + "/additionalProperties";
			object.set(name, this.generator.value(schemaOf(schema, declared, name, at), name, depth + 1, where));
		}
		return object;
	}

	private Set<String> chosenNames(JsonNode schema, JsonNode declared, int depth, String at) {
		int min = JsonInstanceGenerator.count(schema, "minProperties", 0);
		int max = JsonInstanceGenerator.count(schema, "maxProperties", Integer.MAX_VALUE);
		if (min > MAX_PROPERTIES) {
			throw new UnsatisfiableSchemaException("minProperties", at,
					"objects of more than " + MAX_PROPERTIES + " properties are not generated.");
		}
		Set<String> names = new LinkedHashSet<>();
		schema.path("required").forEach((name) -> names.add(name.asString()));
		if (names.size() > max || min > max) {
			throw new UnsatisfiableSchemaException("maxProperties", at,
					"it is below the " + Math.max(min, names.size()) + " properties that are required.");
		}
		boolean shallow = depth >= JsonInstanceGenerator.SHALLOW_DEPTH;
		for (String name : declared.propertyNames()) {
			if (names.size() < max && !shallow && allowed(declared, name) && this.generator.random().nextInt(4) != 0) {
				names.add(name);
			}
		}
		followDependencies(schema, names);
		for (String name : declared.propertyNames()) {
			if (names.size() >= min) {
				break;
			}
			if (allowed(declared, name)) {
				names.add(name);
			}
		}
		for (int extra = 1; names.size() < min; extra++) {
			if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
				throw new UnsatisfiableSchemaException("minProperties", at,
						"it asks for " + min + " properties but only " + names.size() + " are allowed.");
			}
			names.add("extra_" + extra);
		}
		return names;
	}

	/** A property whose schema is {@code false} can never be present. */
	private static boolean allowed(JsonNode declared, String name) {
		JsonNode schema = declared.get(name);
		return !(schema.isBoolean() && !schema.asBoolean());
	}

	private static void followDependencies(JsonNode schema, Set<String> names) {
		JsonNode dependencies = schema.path("dependentRequired");
		for (int round = 0; round < 4; round++) {
			for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
				if (names.contains(dependency.getKey())) {
					dependency.getValue().forEach((name) -> names.add(name.asString()));
				}
			}
		}
	}

	private static JsonNode schemaOf(JsonNode schema, JsonNode declared, String name, String at) {
		if (declared.has(name)) {
			return declared.get(name);
		}
		for (Map.Entry<String, JsonNode> pattern : schema.path("patternProperties").properties()) {
			if (matches(pattern.getKey(), name)) {
				return pattern.getValue();
			}
		}
		JsonNode additional = schema.get("additionalProperties");
		if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
			throw new UnsatisfiableSchemaException("additionalProperties", at,
					"'" + name + "' is required but not among the properties the schema allows.");
		}
		return (additional != null && additional.isObject()) ? additional : NODES.objectNode().put("type", "string");
	}

	private static boolean matches(String regex, String name) {
		Pattern pattern = PatternStrings.compiled(regex);
		return pattern != null && pattern.matcher(name).find();
	}

}
