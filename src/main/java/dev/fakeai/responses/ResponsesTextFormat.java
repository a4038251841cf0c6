package dev.fakeai.responses;

import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.optionalString;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads {@code text}: the output format ({@code text}, {@code json_object}, or the flat
 * {@code json_schema} with its name, schema and strictness) and the verbosity, and what
 * the response echoes as {@code text}.
 *
 * @param format the engine's format
 * @param echo {@code {"format":...,"verbosity":...}}
 */
record ResponsesTextFormat(GenerationRequest.ResponseFormat format, ObjectNode echo) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> VERBOSITIES = Set.of("low", "medium", "high");

	static ResponsesTextFormat of(JsonNode body) {
		JsonNode text = present(body, "text");
		ObjectNode echo = NODES.objectNode();
		if (text == null) {
			echo.putObject("format").put("type", "text");
			echo.put("verbosity", "medium");
			return new ResponsesTextFormat(GenerationRequest.ResponseFormat.TEXT, echo);
		}
		RequestFields.object(text, "text");
		String verbosity = RequestFields.oneOf(text, "verbosity", VERBOSITIES, "text.verbosity");
		JsonNode format = present(text, "format");
		GenerationRequest.ResponseFormat parsed = GenerationRequest.ResponseFormat.TEXT;
		ObjectNode formatEcho = NODES.objectNode().put("type", "text");
		if (format != null) {
			RequestFields.object(format, "text.format");
			String type = RequestFields.requiredString(format, "type", "text.format.type");
			switch (type) {
				case "text" -> {
				}
				case "json_object" -> {
					parsed = GenerationRequest.ResponseFormat.JSON_OBJECT;
					formatEcho.put("type", "json_object");
				}
				case "json_schema" -> {
					formatEcho = jsonSchemaEcho(format);
					parsed = new GenerationRequest.ResponseFormat(GenerationRequest.ResponseFormat.Type.JSON_SCHEMA,
							formatEcho.get("schema"), formatEcho.get("strict").asBoolean(),
							formatEcho.get("name").asString(), formatEcho.path("description").asString(""));
				}
				default -> throw ApiException.invalidParameter("text.format.type", "Invalid value: '" + type
						+ "'. Supported values are: 'text', 'json_object', and 'json_schema'.");
			}
		}
		echo.set("format", formatEcho);
		echo.put("verbosity", (verbosity != null) ? verbosity : "medium");
		return new ResponsesTextFormat(parsed, echo);
	}

	private static ObjectNode jsonSchemaEcho(JsonNode format) {
		String name = RequestFields.requiredString(format, "name", "text.format.name");
		RequestFields.name(name, "text.format.name");
		JsonNode schema = present(format, "schema");
		if (schema == null) {
			throw ApiException.missingParameter("text.format.schema");
		}
		if (!schema.isObject()) {
			throw ApiException.invalidType("text.format.schema", "an object", describe(schema));
		}
		ObjectNode echo = NODES.objectNode().put("type", "json_schema");
		String description = optionalString(format, "description", "text.format.description");
		if (description != null) {
			echo.put("description", description);
		}
		echo.put("name", name);
		echo.set("schema", schema);
		echo.put("strict", RequestFields.bool(format, "strict", false, "text.format.strict"));
		return echo;
	}

}
