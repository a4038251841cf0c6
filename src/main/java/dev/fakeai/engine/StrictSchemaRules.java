package dev.fakeai.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's rules for strict schemas (structured outputs and strict function calls): every
 * object sets {@code additionalProperties: false} and lists all its properties as
 * required. Also makes a schema strict where it can be, as the Responses API does for
 * function tools that do not say.
 */
public final class StrictSchemaRules {

	private static final int MAX_DEPTH = 10;

	private StrictSchemaRules() {
	}

	static void check(JsonNode schema, String owner, String param) {
		check(schema, owner, param, "()", 0);
	}

	private static void check(JsonNode schema, String owner, String param, String context, int depth) {
		if (!schema.isObject() || depth > MAX_DEPTH) {
			return;
		}
		JsonNode properties = schema.get("properties");
		boolean isObject = "object".equals(schema.path("type").asString("")) || properties != null;
		if (isObject) {
			if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
				throw invalid(owner, param, "In context=" + context
						+ ", 'additionalProperties' is required to be supplied and to be false.");
			}
			Set<String> required = new HashSet<>();
			schema.path("required").forEach((name) -> required.add(name.asString()));
			if (properties != null) {
				for (Map.Entry<String, JsonNode> property : properties.properties()) {
					if (!required.contains(property.getKey())) {
						throw invalid(owner, param,
								"In context=" + context + ", 'required' is required to be "
										+ "supplied and to be an array including every key in properties. Missing '"
										+ property.getKey() + "'.");
					}
					check(property.getValue(), owner, param, context + "/properties/" + property.getKey(), depth + 1);
				}
			}
		}
		check(schema.path("items"), owner, param, context + "/items", depth + 1);
		for (String keyword : new String[] { "anyOf", "allOf" }) {
			JsonNode options = schema.path(keyword);
			for (int i = 0; i < options.size(); i++) {
				check(options.get(i), owner, param, context + "/" + keyword + "/" + i, depth + 1);
			}
		}
		for (String keyword : new String[] { "$defs", "definitions" }) {
			for (Map.Entry<String, JsonNode> definition : schema.path(keyword).properties()) {
				check(definition.getValue(), owner, param, context + "/" + keyword + "/" + definition.getKey(),
						depth + 1);
			}
		}
	}

	/**
	 * The strict form of a schema: every object closed ({@code additionalProperties:
	 * false}) with all its properties required. The Responses API makes a function's
	 * parameters strict this way when the tool does not set {@code strict}, and falls
	 * back to non-strict calls when it cannot.
	 * @param schema the schema, left unchanged
	 * @return the strict form, or {@code null} when an object allows additional
	 * properties or the schema nests deeper than strict mode allows
	 */
	public static @Nullable JsonNode strictForm(JsonNode schema) {
		JsonNode copy = schema.deepCopy();
		if (!close(copy, 0)) {
			return null;
		}
		try {
			check(copy, "", "");
		}
		catch (ApiException ex) {
			return null;
		}
		return copy;
	}

	private static boolean close(JsonNode schema, int depth) {
		if (!(schema instanceof ObjectNode object)) {
			return true;
		}
		if (depth > MAX_DEPTH) {
			return false;
		}
		JsonNode properties = object.get("properties");
		if ("object".equals(object.path("type").asString("")) || properties != null) {
			JsonNode additional = object.get("additionalProperties");
			if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
				return false;
			}
			object.put("additionalProperties", false);
			ArrayNode required = object.putArray("required");
			if (properties != null) {
				for (Map.Entry<String, JsonNode> property : properties.properties()) {
					required.add(property.getKey());
					if (!close(property.getValue(), depth + 1)) {
						return false;
					}
				}
			}
		}
		boolean closed = close(object.path("items"), depth + 1);
		for (String keyword : new String[] { "anyOf", "allOf" }) {
			for (JsonNode option : object.path(keyword)) {
				closed &= close(option, depth + 1);
			}
		}
		for (String keyword : new String[] { "$defs", "definitions" }) {
			for (Map.Entry<String, JsonNode> definition : object.path(keyword).properties()) {
				closed &= close(definition.getValue(), depth + 1);
			}
		}
		return closed;
	}

	static ApiException invalid(String owner, String param, String reason) {
		return ApiException.invalidParameter(param, "Invalid schema for " + owner + ": " + reason);
	}

}
