package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.engine.StrictSchemaRules;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.optionalString;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads the Responses API's flat function tools (strict unless they say otherwise, where
 * their schema can be made strict) and {@code tool_choice} (modes, a named function, or
 * allowed tools), with what the response echoes of each.
 */
final class ResponsesTools {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final int MAX_TOOLS = 128;

	/** Built-in tools of the real API, refused by name since they are not emulated. */
	private static final Set<String> BUILT_IN = Set.of("web_search", "web_search_preview",
			"web_search_preview_2025_03_11", "web_search_2025_08_26", "file_search", "computer_use_preview",
			"computer_use", "code_interpreter", "image_generation", "mcp", "local_shell", "shell", "custom",
			"apply_patch", "tool_search");

	private ResponsesTools() {
	}

	/**
	 * A function tool as the engine takes it and as the response echoes it.
	 *
	 * @param tool the engine's tool
	 * @param echo the tool as the response lists it
	 */
	record Parsed(GenerationRequest.Tool tool, ObjectNode echo) {
	}

	static List<Parsed> tools(JsonNode body) {
		JsonNode tools = present(body, "tools");
		if (tools == null) {
			return List.of();
		}
		if (!tools.isArray()) {
			throw ApiException.invalidType("tools", "an array", describe(tools));
		}
		if (tools.size() > MAX_TOOLS) {
			throw ApiException.invalidParameter("tools", "Invalid 'tools': array too long. Expected an array with "
					+ "maximum length 128, but got an array with length " + tools.size() + " instead.");
		}
		List<Parsed> parsed = new ArrayList<>(tools.size());
		for (int i = 0; i < tools.size(); i++) {
			parsed.add(function(tools.get(i), "tools[" + i + "]"));
		}
		return parsed;
	}

	private static Parsed function(JsonNode tool, String param) {
		RequestFields.object(tool, param);
		String type = RequestFields.requiredString(tool, "type", param + ".type");
		if (!"function".equals(type)) {
			throw ApiException.invalidParameter(param + ".type",
					BUILT_IN.contains(type)
							? "Tool type '" + type + "' is not emulated: fakeai answers with function tools only."
							: "Invalid value: '" + type + "'. This emulator supports tools of type 'function'.");
		}
		if (present(tool, "function") != null && present(tool, "name") == null) {
			throw ApiException.missingParameter(param + ".name");
		}
		String name = RequestFields.requiredString(tool, "name", param + ".name");
		RequestFields.name(name, param + ".name");
		String description = optionalString(tool, "description", param + ".description");
		JsonNode parameters = present(tool, "parameters");
		if (parameters != null && !parameters.isObject()) {
			throw ApiException.invalidType(param + ".parameters", "an object", describe(parameters));
		}
		if (parameters == null) {
			parameters = GenerationRequest.emptyObjectSchema();
		}
		JsonNode strictNode = present(tool, "strict");
		if (strictNode != null && !strictNode.isBoolean()) {
			throw ApiException.invalidType(param + ".strict", "a boolean", describe(strictNode));
		}
		boolean strict = strictNode != null && strictNode.asBoolean();
		if (strictNode == null) {
			JsonNode strictForm = StrictSchemaRules.strictForm(parameters);
			strict = strictForm != null;
			parameters = strict ? strictForm : parameters;
		}
		ObjectNode echo = NODES.objectNode().put("type", "function").put("name", name);
		echo.put("description", description);
		echo.set("parameters", parameters);
		echo.put("strict", strict);
		return new Parsed(
				new GenerationRequest.Tool(name, (description != null) ? description : "", parameters, strict), echo);
	}

	static ArrayNode echo(List<Parsed> tools) {
		ArrayNode echo = NODES.arrayNode();
		tools.forEach((tool) -> echo.add(tool.echo()));
		return echo;
	}

	static GenerationRequest.ToolChoice toolChoice(@Nullable JsonNode choice, List<GenerationRequest.Tool> tools) {
		if (choice == null) {
			return tools.isEmpty() ? GenerationRequest.ToolChoice.NONE : GenerationRequest.ToolChoice.AUTO;
		}
		if (choice.isString()) {
			return switch (choice.asString()) {
				case "none" -> GenerationRequest.ToolChoice.NONE;
				case "auto" -> tools.isEmpty() ? GenerationRequest.ToolChoice.NONE : GenerationRequest.ToolChoice.AUTO;
				case "required" -> {
					requireTools(tools, "required");
					yield GenerationRequest.ToolChoice.REQUIRED;
				}
				default -> throw ApiException.invalidParameter("tool_choice", "Invalid value: '" + choice.asString()
						+ "'. Supported values are: 'none', 'auto', and 'required'.");
			};
		}
		RequestFields.object(choice, "tool_choice");
		String type = RequestFields.requiredString(choice, "type", "tool_choice.type");
		return switch (type) {
			case "function" -> {
				String name = RequestFields.requiredString(choice, "name", "tool_choice.name");
				requireDefined(tools, name, "tool_choice");
				yield GenerationRequest.ToolChoice.function(name);
			}
			case "allowed_tools" -> allowedTools(choice, tools);
			default -> throw ApiException.invalidParameter("tool_choice.type",
					BUILT_IN.contains(type) || type.startsWith("web_search")
							? "Tool choice '" + type + "' is not emulated: fakeai answers with function tools only."
							: "Invalid value: '" + type + "'. Supported values are: 'function' and 'allowed_tools'.");
		};
	}

	private static GenerationRequest.ToolChoice allowedTools(JsonNode choice, List<GenerationRequest.Tool> tools) {
		String mode = RequestFields.requiredString(choice, "mode", "tool_choice.mode");
		if (!mode.equals("auto") && !mode.equals("required")) {
			throw ApiException.invalidParameter("tool_choice.mode",
					"Invalid value: '" + mode + "'. Supported values are: 'auto' and 'required'.");
		}
		JsonNode allowed = present(choice, "tools");
		if (allowed == null) {
			throw ApiException.missingParameter("tool_choice.tools");
		}
		if (!allowed.isArray()) {
			throw ApiException.invalidType("tool_choice.tools", "an array", describe(allowed));
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < allowed.size(); i++) {
			String param = "tool_choice.tools[" + i + "]";
			JsonNode tool = RequestFields.object(allowed.get(i), param);
			String type = RequestFields.requiredString(tool, "type", param + ".type");
			if (!"function".equals(type)) {
				throw ApiException.invalidParameter(param + ".type",
						"Tool type '" + type + "' is not emulated: fakeai answers with function tools only.");
			}
			String name = RequestFields.requiredString(tool, "name", param + ".name");
			requireDefined(tools, name, param);
			names.add(name);
		}
		if (names.isEmpty()) {
			throw ApiException.emptyArray("tool_choice.tools");
		}
		return GenerationRequest.ToolChoice.allowed(mode.equals("auto") ? GenerationRequest.ToolChoice.Mode.AUTO
				: GenerationRequest.ToolChoice.Mode.REQUIRED, names);
	}

	private static void requireTools(List<GenerationRequest.Tool> tools, String mode) {
		if (tools.isEmpty()) {
			throw ApiException.invalidParameter("tool_choice",
					"Invalid value for 'tool_choice': '" + mode + "' is only allowed when 'tools' are specified.");
		}
	}

	private static void requireDefined(List<GenerationRequest.Tool> tools, String name, String param) {
		if (tools.stream().noneMatch((tool) -> tool.name().equals(name))) {
			throw ApiException.invalidParameter(param, "Invalid value for '" + param + "': no function named '" + name
					+ "' was specified in the 'tools' parameter.");
		}
	}

}
