package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.optionalString;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads {@code input}: a string (one user message) or items (messages with text, image
 * and file parts, function calls, function call outputs, reasoning and item references),
 * each validated as OpenAI does and given the stored form {@code input_items} lists.
 */
final class ResponsesInputParser {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> ROLES = Set.of("user", "assistant", "system", "developer");

	/** The longest function output OpenAI takes, in characters. */
	private static final int MAX_OUTPUT_CHARS = 10_485_760;

	private ResponsesInputParser() {
	}

	static List<InputItem> input(JsonNode input) {
		if (input.isString()) {
			ObjectNode message = NODES.objectNode().put("type", "message").put("role", "user");
			message.putArray("content").addObject().put("type", "input_text").put("text", input.asString());
			return List.of(item(message, "input"));
		}
		if (!input.isArray()) {
			throw ApiException.invalidType("input", "a string or an array of input items", describe(input));
		}
		List<InputItem> items = new ArrayList<>(input.size());
		for (int i = 0; i < input.size(); i++) {
			items.add(item(input.get(i), "input[" + i + "]"));
		}
		return items;
	}

	/**
	 * Reads one item, from a request or from the store.
	 * @param item the item's JSON
	 * @param param where it is, for errors
	 * @return the item
	 */
	static InputItem item(JsonNode item, String param) {
		RequestFields.object(item, param);
		String type = optionalString(item, "type", param + ".type");
		if (type == null) {
			if (present(item, "role") == null) {
				throw ApiException.missingParameter(param + ".type");
			}
			type = "message";
		}
		return switch (type) {
			case "message" -> message(item, param);
			case "function_call" -> functionCall(item, param);
			case "function_call_output" -> functionCallOutput(item, param);
			case "reasoning" -> reasoning(item, param);
			case "item_reference" -> new InputItem(InputItem.Kind.REFERENCE,
					NODES.objectNode().put("id", RequestFields.requiredString(item, "id", param + ".id")), null, null,
					param);
			default -> throw ApiException.invalidParameter(param + ".type", "Invalid value: '" + type
					+ "'. Supported values are: 'message', 'function_call', 'function_call_output', 'reasoning', and "
					+ "'item_reference'. Items of built-in tools are not emulated.");
		};
	}

	private static InputItem message(JsonNode item, String param) {
		String role = RequestFields.requiredString(item, "role", param + ".role");
		if (!ROLES.contains(role)) {
			throw ApiException.invalidParameter(param + ".role", "Invalid value: '" + role
					+ "'. Supported values are: 'user', 'assistant', 'system', and 'developer'.");
		}
		JsonNode content = present(item, "content");
		if (content == null) {
			throw ApiException.missingParameter(param + ".content");
		}
		ObjectNode stored = NODES.objectNode();
		stored.put("id", idOr(item, param, ResponseIds::message));
		stored.put("type", "message");
		stored.put("role", role);
		ArrayNode storedContent = stored.putArray("content");
		stored.put("status", "completed");
		List<GenerationRequest.ContentPart> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		if (content.isString()) {
			ResponsesContentParts.appendText(text, content.asString());
			storedContent.add(ResponsesContentParts.textPart(role, content.asString()));
		}
		else if (content.isArray()) {
			for (int i = 0; i < content.size(); i++) {
				storedContent
					.add(ResponsesContentParts.part(content.get(i), param + ".content[" + i + "]", role, text, parts));
			}
		}
		else {
			throw ApiException.invalidType(param + ".content", "a string or an array of content parts",
					describe(content));
		}
		return new InputItem(InputItem.Kind.MESSAGE, stored,
				new GenerationRequest.Message(role, text.toString(), parts, null, List.of(), null), null, param);
	}

	private static InputItem functionCall(JsonNode item, String param) {
		String callId = RequestFields.requiredString(item, "call_id", param + ".call_id");
		String name = RequestFields.requiredString(item, "name", param + ".name");
		String arguments = RequestFields.requiredString(item, "arguments", param + ".arguments");
		ObjectNode stored = NODES.objectNode();
		stored.put("id", idOr(item, param, ResponseIds::functionCall));
		stored.put("type", "function_call");
		stored.put("status", "completed");
		stored.put("call_id", callId);
		stored.put("name", name);
		stored.put("arguments", arguments);
		return new InputItem(InputItem.Kind.FUNCTION_CALL, stored, new GenerationRequest.Message("assistant", "",
				List.of(), null, List.of(new ToolCall(callId, name, arguments)), null), callId, param);
	}

	private static InputItem functionCallOutput(JsonNode item, String param) {
		String callId = RequestFields.requiredString(item, "call_id", param + ".call_id");
		JsonNode output = present(item, "output");
		if (output == null) {
			throw ApiException.missingParameter(param + ".output");
		}
		StringBuilder text = new StringBuilder();
		List<GenerationRequest.ContentPart> parts = new ArrayList<>();
		JsonNode storedOutput;
		if (output.isString()) {
			if (output.asString().length() > MAX_OUTPUT_CHARS) {
				throw ApiException.invalidParameter(param + ".output",
						"Invalid '" + param + ".output': string too long. Expected a string with maximum length "
								+ MAX_OUTPUT_CHARS + ", but got a string with length " + output.asString().length()
								+ " instead.");
			}
			text.append(output.asString());
			storedOutput = output;
		}
		else if (output.isArray()) {
			ArrayNode storedParts = NODES.arrayNode();
			for (int i = 0; i < output.size(); i++) {
				storedParts
					.add(ResponsesContentParts.part(output.get(i), param + ".output[" + i + "]", "user", text, parts));
			}
			storedOutput = storedParts;
		}
		else {
			throw ApiException.invalidType(param + ".output", "a string or an array of content parts",
					describe(output));
		}
		ObjectNode stored = NODES.objectNode();
		stored.put("id", idOr(item, param, ResponseIds::functionCallOutput));
		stored.put("type", "function_call_output");
		stored.put("status", "completed");
		stored.put("call_id", callId);
		stored.set("output", storedOutput);
		return new InputItem(InputItem.Kind.FUNCTION_CALL_OUTPUT, stored,
				new GenerationRequest.Message("tool", text.toString(), parts, null, List.of(), callId), callId, param);
	}

	private static InputItem reasoning(JsonNode item, String param) {
		String id = RequestFields.requiredString(item, "id", param + ".id");
		JsonNode summary = present(item, "summary");
		if (summary == null) {
			throw ApiException.missingParameter(param + ".summary");
		}
		if (!summary.isArray()) {
			throw ApiException.invalidType(param + ".summary", "an array", describe(summary));
		}
		ObjectNode stored = NODES.objectNode().put("id", id).put("type", "reasoning");
		stored.set("summary", summary.deepCopy());
		String encrypted = optionalString(item, "encrypted_content", param + ".encrypted_content");
		if (encrypted != null) {
			stored.put("encrypted_content", encrypted);
		}
		return new InputItem(InputItem.Kind.REASONING, stored, null, null, param);
	}

	private static String idOr(JsonNode item, String param, Supplier<String> fresh) {
		String id = optionalString(item, "id", param + ".id");
		return (id != null) ? id : fresh.get();
	}

}
