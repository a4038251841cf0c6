package dev.fakeai.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's rules for strict schemas (structured outputs and strict function calls): every
 * object sets {@code additionalProperties: false} and lists all its properties as
 * required.
 */
final class StrictSchemaRules {

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

	static ApiException invalid(String owner, String param, String reason) {
		return ApiException.invalidParameter(param, "Invalid schema for " + owner + ": " + reason);
	}

}
