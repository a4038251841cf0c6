package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.bool;
import static dev.fakeai.engine.RequestFields.decimal;
import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.integer;
import static dev.fakeai.engine.RequestFields.object;
import static dev.fakeai.engine.RequestFields.oneOf;
import static dev.fakeai.engine.RequestFields.orDefault;
import static dev.fakeai.engine.RequestFields.present;
import static dev.fakeai.engine.RequestFields.requiredString;

/**
 * Reads a chat completion request body and validates it as OpenAI does: types, ranges,
 * required fields, allowed values and the rules between fields, each failure a 400 naming
 * the offending parameter. Strict (OpenAI's rules, the default), unknown top-level fields
 * and tool messages out of order are refused as the real API refuses them; lenient, they
 * are let through.
 */
final class ChatRequestParser {

	private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

	private static final Set<String> EFFORTS = Set.of("none", "minimal", "low", "medium", "high", "xhigh", "max");

	private static final Set<String> TIERS = Set.of("auto", "default", "flex", "scale", "priority", "fast");

	private static final Pattern TOKEN_ID = Pattern.compile("\\d{1,9}");

	/**
	 * Every top-level field of OpenAI's {@code CreateChatCompletionRequest} (OpenAPI
	 * description 2.3.0).
	 */
	private static final Set<String> PARAMETERS = Set.of("audio", "frequency_penalty", "function_call", "functions",
			"logit_bias", "logprobs", "max_completion_tokens", "max_tokens", "messages", "metadata", "modalities",
			"model", "moderation", "n", "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key",
			"prompt_cache_options", "prompt_cache_retention", "reasoning_effort", "response_format",
			"safety_identifier", "seed", "service_tier", "stop", "store", "stream", "stream_options", "temperature",
			"tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity", "web_search_options");

	private ChatRequestParser() {
	}

	static GenerationRequest parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = requiredString(body, "model");
		boolean stream = bool(body, "stream", false);
		boolean includeUsage = RequestFields.includeUsage(body, stream);
		obfuscation(body);
		boolean logprobs = bool(body, "logprobs", false);
		Integer topLogprobs = integer(body, "top_logprobs", 0, 20);
		if (topLogprobs != null && !logprobs) {
			throw ApiException.invalidParameter("top_logprobs",
					"Invalid value for 'top_logprobs': 'logprobs' must be set to true when 'top_logprobs' is used.");
		}
		List<GenerationRequest.Tool> tools = ChatToolsParser.tools(body);
		List<GenerationRequest.Message> messages = messages(body);
		if (strict) {
			ChatToolTurns.check(messages);
		}
		return new GenerationRequest(ChatSurface.SURFACE, model, messages, stream, includeUsage,
				orDefault(integer(body, "n", 1, 128), 1), decimal(body, "temperature", 0, 2),
				decimal(body, "top_p", 0, 1), decimal(body, "frequency_penalty", -2, 2),
				decimal(body, "presence_penalty", -2, 2), integer(body, "max_completion_tokens", 1, Integer.MAX_VALUE),
				integer(body, "max_tokens", 1, Integer.MAX_VALUE), RequestFields.stopSequences(body),
				RequestFields.seed(body), logprobs, orDefault(topLogprobs, 0), logitBias(body), tools,
				ChatToolsParser.toolChoice(body, tools), bool(body, "parallel_tool_calls", true),
				ChatToolsParser.responseFormat(body), oneOf(body, "reasoning_effort", EFFORTS), prediction(body),
				modalities(body), oneOf(body, "service_tier", TIERS), null);
	}

	/**
	 * Whether stream chunks carry {@code obfuscation}: yes unless
	 * {@code stream_options.include_obfuscation} is false.
	 * @param body the request body
	 * @return whether to pad chunks
	 */
	static boolean obfuscation(JsonNode body) {
		JsonNode options = present(body, "stream_options");
		return options == null || !options.isObject()
				|| bool(options, "include_obfuscation", true, "stream_options.include_obfuscation");
	}

	private static List<GenerationRequest.Message> messages(JsonNode body) {
		JsonNode messages = present(body, "messages");
		if (messages == null) {
			throw ApiException.missingParameter("messages");
		}
		if (!messages.isArray()) {
			throw ApiException.invalidType("messages", "an array", describe(messages));
		}
		if (messages.isEmpty()) {
			throw ApiException.emptyArray("messages");
		}
		List<GenerationRequest.Message> parsed = new ArrayList<>(messages.size());
		for (int i = 0; i < messages.size(); i++) {
			parsed.add(ChatMessagesParser.message(messages.get(i), "messages[" + i + "]"));
		}
		return parsed;
	}

	private static Map<String, Integer> logitBias(JsonNode body) {
		JsonNode bias = present(body, "logit_bias");
		if (bias == null) {
			return Map.of();
		}
		object(bias, "logit_bias");
		Map<String, Integer> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : bias.properties()) {
			String param = "logit_bias." + entry.getKey();
			if (!TOKEN_ID.matcher(entry.getKey()).matches()) {
				throw ApiException.invalidParameter("logit_bias",
						"Invalid key in 'logit_bias': " + entry.getKey() + ". Keys must be token ids.");
			}
			JsonNode value = entry.getValue();
			if (!value.isNumber()) {
				throw ApiException.invalidType(param, "a number", describe(value));
			}
			if (value.asDouble() < -100 || value.asDouble() > 100) {
				throw ApiException.outOfRange(param, value.numberValue(), (value.asDouble() > 100) ? 100 : -100,
						value.asDouble() > 100, true);
			}
			values.put(entry.getKey(), value.asInt());
		}
		return values;
	}

	private static @Nullable String prediction(JsonNode body) {
		JsonNode prediction = present(body, "prediction");
		if (prediction == null) {
			return null;
		}
		object(prediction, "prediction");
		if (!"content".equals(prediction.path("type").asString(""))) {
			throw ApiException.invalidParameter("prediction.type",
					"Invalid value for 'prediction.type': expected 'content'.");
		}
		JsonNode content = prediction.get("content");
		if (content == null) {
			throw ApiException.missingParameter("prediction.content");
		}
		return ChatMessagesParser.text(content, "prediction.content");
	}

	private static List<String> modalities(JsonNode body) {
		JsonNode modalities = present(body, "modalities");
		if (modalities == null) {
			return List.of("text");
		}
		if (!modalities.isArray()) {
			throw ApiException.invalidType("modalities", "an array", describe(modalities));
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < modalities.size(); i++) {
			String value = modalities.get(i).asString("");
			if (!value.equals("text") && !value.equals("audio")) {
				throw ApiException.invalidParameter("modalities[" + i + "]",
						"Invalid value: '" + value + "'. Supported values are: 'text' and 'audio'.");
			}
			values.add(value);
		}
		return values;
	}

	static void checkRole(String role, String param) {
		if (!ROLES.contains(role)) {
			throw ApiException.invalidParameter(param, "Invalid value: '" + role + "'. Supported values are: "
					+ "'system', 'assistant', 'user', 'function', 'tool', and 'developer'.");
		}
	}

}
