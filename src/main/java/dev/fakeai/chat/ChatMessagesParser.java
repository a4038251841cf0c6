package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.optionalString;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads one message of {@code messages}: role, content (a string or content parts), name,
 * tool calls and tool call id, validated per role as OpenAI does.
 */
final class ChatMessagesParser {

	private ChatMessagesParser() {
	}

	static GenerationRequest.Message message(JsonNode message, String param) {
		RequestFields.object(message, param);
		String role = RequestFields.requiredString(message, "role", param + ".role");
		ChatRequestParser.checkRole(role, param + ".role");
		JsonNode content = present(message, "content");
		List<ToolCall> toolCalls = new ArrayList<>();
		JsonNode calls = present(message, "tool_calls");
		if (calls != null) {
			if (!calls.isArray()) {
				throw ApiException.invalidType(param + ".tool_calls", "an array", describe(calls));
			}
			for (int i = 0; i < calls.size(); i++) {
				toolCalls.add(toolCall(calls.get(i), param + ".tool_calls[" + i + "]"));
			}
		}
		boolean callsInstead = "assistant".equals(role) && (!toolCalls.isEmpty() || message.has("function_call"));
		if (content == null && !callsInstead) {
			if (message.has("content")) {
				throw ApiException.badRequest(param.replace("[", ".[") + ".content",
						"Invalid value for 'content': expected a string, got null.", null);
			}
			throw ApiException.missingParameter(param + ".content");
		}
		String toolCallId = optionalString(message, "tool_call_id", param + ".tool_call_id");
		if ("tool".equals(role) && toolCallId == null) {
			throw ApiException.missingParameter(param + ".tool_call_id");
		}
		List<GenerationRequest.ContentPart> parts = new ArrayList<>();
		String text = (content != null) ? content(content, param + ".content", role, parts) : "";
		return new GenerationRequest.Message(role, text, parts, optionalString(message, "name", param + ".name"),
				toolCalls, toolCallId);
	}

	private static ToolCall toolCall(JsonNode call, String param) {
		RequestFields.object(call, param);
		JsonNode function = RequestFields.object(call.path("function"), param + ".function");
		return new ToolCall(RequestFields.requiredString(call, "id", param + ".id"),
				RequestFields.requiredString(function, "name", param + ".function.name"),
				RequestFields.requiredString(function, "arguments", param + ".function.arguments"));
	}

	private static String content(JsonNode content, String param, String role,
			List<GenerationRequest.ContentPart> parts) {
		if (content.isString()) {
			return content.asString();
		}
		if (!content.isArray()) {
			throw ApiException.invalidType(param, "a string or an array of content parts", describe(content));
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < content.size(); i++) {
			JsonNode part = content.get(i);
			String partParam = param + "[" + i + "]";
			RequestFields.object(part, partParam);
			String type = RequestFields.requiredString(part, "type", partParam + ".type");
			switch (type) {
				case "text" -> appendText(text, RequestFields.requiredString(part, "text", partParam + ".text"));
				case "refusal" ->
					appendText(text, RequestFields.requiredString(part, "refusal", partParam + ".refusal"));
				case "image_url" -> parts.add(image(part, partParam, role));
				case "input_audio" -> parts.add(audio(part, partParam, role));
				case "file" -> parts
					.add(new GenerationRequest.ContentPart(GenerationRequest.ContentPart.Type.FILE, "file", partParam,
							null, null, optionalString(RequestFields.object(part.path("file"), partParam + ".file"),
									"file_data", partParam + ".file.file_data"),
							null));
				default -> throw ApiException.invalidParameter(partParam + ".type", "Invalid value: '" + type
						+ "'. Supported values are: 'text', 'image_url', 'input_audio', 'refusal', and 'file'.");
			}
		}
		return text.toString();
	}

	private static GenerationRequest.ContentPart image(JsonNode part, String param, String role) {
		requireUserRole(role, param, "image_url");
		JsonNode image = RequestFields.object(part.path("image_url"), param + ".image_url");
		String url = RequestFields.requiredString(image, "url", param + ".image_url.url");
		String detail = optionalString(image, "detail", param + ".image_url.detail");
		if (detail != null && !List.of("auto", "low", "high").contains(detail)) {
			throw ApiException.invalidParameter(param + ".image_url.detail",
					"Invalid value: '" + detail + "'. Supported values are: 'auto', 'low', and 'high'.");
		}
		if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("data:image/")) {
			throw ApiException.invalidParameter(param + ".image_url.url",
					"Invalid image URL: expected an http(s) URL or a base64-encoded data URL of an image.");
		}
		return new GenerationRequest.ContentPart(GenerationRequest.ContentPart.Type.IMAGE, "image_url", param, url,
				(detail != null) ? detail : "auto", null, null);
	}

	private static GenerationRequest.ContentPart audio(JsonNode part, String param, String role) {
		requireUserRole(role, param, "input_audio");
		JsonNode audio = RequestFields.object(part.path("input_audio"), param + ".input_audio");
		String data = RequestFields.requiredString(audio, "data", param + ".input_audio.data");
		String format = RequestFields.requiredString(audio, "format", param + ".input_audio.format");
		if (!format.equals("wav") && !format.equals("mp3")) {
			throw ApiException.invalidParameter(param + ".input_audio.format",
					"Invalid value: '" + format + "'. Supported values are: 'wav' and 'mp3'.");
		}
		return new GenerationRequest.ContentPart(GenerationRequest.ContentPart.Type.AUDIO, "input_audio", param, null,
				null, data, format);
	}

	private static void requireUserRole(String role, String param, String type) {
		if (!"user".equals(role)) {
			throw ApiException.invalidParameter(param + ".type", "Invalid content type for a '" + role + "' message: '"
					+ type + "' parts are only allowed in " + "messages with role 'user'.");
		}
	}

	static String text(JsonNode content, String param) {
		List<GenerationRequest.ContentPart> ignored = new ArrayList<>();
		String text = content(content, param, "assistant", ignored);
		if (!ignored.isEmpty()) {
			throw ApiException.invalidParameter(param, "Only text content is allowed in '" + param + "'.");
		}
		return text;
	}

	private static void appendText(StringBuilder text, @Nullable String part) {
		if (part == null || part.isEmpty()) {
			return;
		}
		if (text.length() > 0) {
			text.append('\n');
		}
		text.append(part);
	}

}
