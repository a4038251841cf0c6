package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads {@code tools}, {@code tool_choice} and {@code response_format}, and the
 * deprecated {@code functions} and {@code function_call} as their modern forms.
 */
final class ChatToolsParser {

	private static final int MAX_TOOLS = 128;

	private ChatToolsParser() {
	}

	static List<GenerationRequest.Tool> tools(JsonNode body) {
		JsonNode tools = present(body, "tools");
		JsonNode functions = present(body, "functions");
		if (tools == null && functions == null) {
			return List.of();
		}
		String param = (tools != null) ? "tools" : "functions";
		JsonNode array = (tools != null) ? tools : functions;
		if (!array.isArray()) {
			throw ApiException.invalidType(param, "an array", describe(array));
		}
		if (array.size() > MAX_TOOLS) {
			throw ApiException.invalidParameter(param, "Invalid '" + param + "': array too long. Expected an array "
					+ "with maximum length 128, but got an array with length " + array.size() + " instead.");
		}
		List<GenerationRequest.Tool> parsed = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String toolParam = param + "[" + i + "]";
			JsonNode tool = RequestFields.object(array.get(i), toolParam);
			JsonNode function = tool;
			if (tools != null) {
				String type = RequestFields.requiredString(tool, "type", toolParam + ".type");
				if (!"function".equals(type)) {
					throw ApiException.invalidParameter(toolParam + ".type",
							"Invalid value: '" + type + "'. This emulator supports tools of type 'function'.");
				}
				function = RequestFields.object(tool.path("function"), toolParam + ".function");
				toolParam += ".function";
			}
			parsed.add(function(function, toolParam));
		}
		return parsed;
	}

	private static GenerationRequest.Tool function(JsonNode function, String param) {
		String name = RequestFields.name(RequestFields.requiredString(function, "name", param + ".name"),
				param + ".name");
		String description = RequestFields.optionalString(function, "description", param + ".description");
		JsonNode parameters = present(function, "parameters");
		if (parameters != null && !parameters.isObject()) {
			throw ApiException.invalidType(param + ".parameters", "an object", describe(parameters));
		}
		return new GenerationRequest.Tool(name, (description != null) ? description : "",
				(parameters != null) ? parameters : GenerationRequest.emptyObjectSchema(),
				function.path("strict").asBoolean(false));
	}

	static GenerationRequest.ToolChoice toolChoice(JsonNode body, List<GenerationRequest.Tool> tools) {
		JsonNode choice = present(body, "tool_choice");
		String param = "tool_choice";
		if (choice == null) {
			choice = present(body, "function_call");
			param = "function_call";
		}
		if (choice == null) {
			return tools.isEmpty() ? GenerationRequest.ToolChoice.NONE : GenerationRequest.ToolChoice.AUTO;
		}
		if (tools.isEmpty()) {
			throw ApiException.invalidParameter(param,
					"Invalid value for '" + param + "': '" + param + "' is only allowed when 'tools' are specified.");
		}
		if (choice.isString()) {
			String mode = choice.asString();
			if (!List.of("none", "auto", "required").contains(mode)) {
				throw ApiException.invalidParameter(param,
						"Invalid value: '" + mode + "'. Supported values are: 'none', 'auto', and 'required'.");
			}
			return switch (mode) {
				case "none" -> GenerationRequest.ToolChoice.NONE;
				case "required" -> GenerationRequest.ToolChoice.REQUIRED;
				default -> GenerationRequest.ToolChoice.AUTO;
			};
		}
		RequestFields.object(choice, param);
		JsonNode function = "tool_choice".equals(param) ? choice.path("function") : choice;
		String name = RequestFields.requiredString(function, "name", param + ".function.name");
		if (tools.stream().noneMatch((tool) -> tool.name().equals(name))) {
			throw ApiException.invalidParameter(param, "Invalid value for '" + param + "': no function named '" + name
					+ "' was specified in the 'tools' parameter.");
		}
		return GenerationRequest.ToolChoice.function(name);
	}

	static GenerationRequest.ResponseFormat responseFormat(JsonNode body) {
		JsonNode format = present(body, "response_format");
		if (format == null) {
			return GenerationRequest.ResponseFormat.TEXT;
		}
		RequestFields.object(format, "response_format");
		String type = RequestFields.requiredString(format, "type", "response_format.type");
		return switch (type) {
			case "text" -> GenerationRequest.ResponseFormat.TEXT;
			case "json_object" -> GenerationRequest.ResponseFormat.JSON_OBJECT;
			case "json_schema" -> jsonSchema(format);
			default -> throw ApiException.invalidParameter("response_format.type",
					"Invalid value: '" + type + "'. Supported values are: 'text', 'json_object', and 'json_schema'.");
		};
	}

	private static GenerationRequest.ResponseFormat jsonSchema(JsonNode format) {
		JsonNode jsonSchema = present(format, "json_schema");
		if (jsonSchema == null) {
			throw ApiException.missingParameter("response_format.json_schema");
		}
		RequestFields.object(jsonSchema, "response_format.json_schema");
		String name = RequestFields.name(
				RequestFields.requiredString(jsonSchema, "name", "response_format.json_schema.name"),
				"response_format.json_schema.name");
		String description = RequestFields.optionalString(jsonSchema, "description",
				"response_format.json_schema.description");
		JsonNode schema = present(jsonSchema, "schema");
		if (schema != null && !schema.isObject()) {
			throw ApiException.invalidType("response_format.json_schema.schema", "an object", describe(schema));
		}
		return new GenerationRequest.ResponseFormat(GenerationRequest.ResponseFormat.Type.JSON_SCHEMA,
				(schema != null) ? schema : GenerationRequest.emptyObjectSchema(),
				jsonSchema.path("strict").asBoolean(false), name, (description != null) ? description : "");
	}

}
