package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.models.Tokenizer;
import dev.fakeai.simulation.MediaTokens;
import dev.fakeai.simulation.TokenCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Counts a prompt as OpenAI bills it: per message 3 tokens of framing plus the role, the
 * content and the name (1 more), plus images and audio; a tool call as its function's
 * name and arguments and 3 tokens, a tool result also as the name of the function it
 * answers and 2 tokens; 3 tokens that prime the reply (2 for OpenAI's hosted reasoning
 * models); the tool definitions (OpenAI's cookbook formula, less what strict functions
 * and empty descriptions do not cost); and a {@code json_schema} output format as its
 * schema, name and description. Calibrated against real counts (2025-2026 captures, see
 * {@code PromptTokenCaptureTests}). Also keeps, per message, the tokens so far and a hash
 * of the conversation so far, for prompt caching.
 *
 * @param total all prompt tokens
 * @param audio the audio tokens among them
 * @param prefixTokens tokens through each message
 * @param prefixHashes hash of the conversation through each message
 */
record PromptTokens(int total, int audio, List<Integer> prefixTokens, List<Long> prefixHashes) {

	private static final int PER_MESSAGE = 3;

	private static final int PER_NAME = 1;

	private static final int REPLY_PRIMING = 3;

	/** OpenAI's hosted reasoning models prime the reply with one token less. */
	private static final int REASONING_REPLY_PRIMING = 2;

	/**
	 * The framing of one tool call in an assistant message, besides name and arguments.
	 */
	private static final int PER_TOOL_CALL = 3;

	/** The framing of a tool result, besides its content and the function's name. */
	private static final int PER_TOOL_RESULT = 2;

	/** What a strict function costs less than the cookbook formula says. */
	private static final int STRICT_FUNCTION = -4;

	/**
	 * What a {@code json_schema} format costs besides its schema, name and description.
	 */
	private static final int RESPONSE_SCHEMA = -2;

	private static final int FUNCTION_START = 10;

	private static final int FUNCTION_START_O200K = 7;

	private static final int PROPERTIES_START = 3;

	private static final int PROPERTY = 3;

	private static final int ENUM_START = -3;

	private static final int ENUM_ITEM = 3;

	private static final int TOOLS_END = 12;

	/** Keywords of a property that hold more schema, counted as their JSON text. */
	private static final List<String> NESTED = List.of("properties", "items", "anyOf", "oneOf", "allOf", "$ref");

	PromptTokens {
		prefixTokens = List.copyOf(prefixTokens);
		prefixHashes = List.copyOf(prefixHashes);
	}

	static PromptTokens count(GenerationRequest request, Tokenizer tokenizer, TokenCounter counter,
			boolean hiddenReasoning) {
		if (!request.surface().messageFraming()) {
			return bare(request, tokenizer, counter);
		}
		int total = toolTokens(request, tokenizer, counter) + responseSchemaTokens(request, tokenizer, counter);
		int audio = 0;
		long hash = 0xcbf29ce484222325L ^ request.tools().hashCode();
		List<Integer> prefixTokens = new ArrayList<>(request.messages().size());
		List<Long> prefixHashes = new ArrayList<>(request.messages().size());
		Map<String, String> calledFunctions = new HashMap<>();
		for (GenerationRequest.Message message : request.messages()) {
			total += PER_MESSAGE + counter.count(tokenizer, message.role()) + counter.count(tokenizer, message.text());
			if (message.name() != null) {
				total += PER_NAME + counter.count(tokenizer, message.name());
			}
			for (ToolCall call : message.toolCalls()) {
				total += PER_TOOL_CALL + counter.count(tokenizer, call.name())
						+ counter.count(tokenizer, call.arguments());
				calledFunctions.put(call.id(), call.name());
			}
			String answered = (message.toolCallId() != null) ? calledFunctions.get(message.toolCallId()) : null;
			if (answered != null) {
				total += PER_TOOL_RESULT + counter.count(tokenizer, answered);
			}
			for (GenerationRequest.ContentPart part : message.parts()) {
				int tokens = partTokens(part);
				total += tokens;
				audio += (part.type() == GenerationRequest.ContentPart.Type.AUDIO) ? tokens : 0;
			}
			hash = 31 * (31 * hash + message.role().hashCode()) + message.text().hashCode()
					+ message.parts().hashCode();
			prefixTokens.add(total);
			prefixHashes.add(hash);
		}
		return new PromptTokens(total + (hiddenReasoning ? REASONING_REPLY_PRIMING : REPLY_PRIMING), audio,
				prefixTokens, prefixHashes);
	}

	/**
	 * A prompt counted as its bare text, as legacy completions bill it.
	 */
	private static PromptTokens bare(GenerationRequest request, Tokenizer tokenizer, TokenCounter counter) {
		int total = 0;
		long hash = 0xcbf29ce484222325L;
		List<Integer> prefixTokens = new ArrayList<>(request.messages().size());
		List<Long> prefixHashes = new ArrayList<>(request.messages().size());
		for (GenerationRequest.Message message : request.messages()) {
			total += counter.count(tokenizer, message.text());
			hash = 31 * hash + message.text().hashCode();
			prefixTokens.add(total);
			prefixHashes.add(hash);
		}
		return new PromptTokens(total, 0, prefixTokens, prefixHashes);
	}

	/**
	 * A {@code json_schema} output format: its schema as compact JSON, its name and its
	 * description.
	 */
	private static int responseSchemaTokens(GenerationRequest request, Tokenizer tokenizer, TokenCounter counter) {
		GenerationRequest.ResponseFormat format = request.responseFormat();
		if (format.type() != GenerationRequest.ResponseFormat.Type.JSON_SCHEMA || format.schema() == null) {
			return 0;
		}
		return Math.max(0, RESPONSE_SCHEMA + counter.count(tokenizer, format.schema().toString())
				+ counter.count(tokenizer, format.name()) + counter.count(tokenizer, format.description()));
	}

	/**
	 * Tool definitions as OpenAI's cookbook counts them (and the real API bills them,
	 * measured there): per function a fixed start, {@code name:description}, then per
	 * property {@code name:type:description} and its enum values, and a fixed end. A
	 * property's nested schema, which the cookbook leaves out, counts as its JSON text.
	 */
	private static int toolTokens(GenerationRequest request, Tokenizer tokenizer, TokenCounter counter) {
		if (request.tools().isEmpty()) {
			return 0;
		}
		int tokens = TOOLS_END;
		for (GenerationRequest.Tool tool : request.tools()) {
			tokens += ((tokenizer == Tokenizer.O200K_BASE) ? FUNCTION_START_O200K : FUNCTION_START)
					+ counter.count(tokenizer, tool.name() + ":" + withoutFinalPeriod(tool.description()))
					+ (tool.strict() ? STRICT_FUNCTION : 0);
			JsonNode properties = tool.parameters().path("properties");
			if (properties.isObject() && !properties.isEmpty()) {
				tokens += PROPERTIES_START;
				for (Map.Entry<String, JsonNode> property : properties.properties()) {
					tokens += propertyTokens(property.getKey(), property.getValue(), tokenizer, counter);
				}
			}
		}
		return tokens;
	}

	private static int propertyTokens(String name, JsonNode schema, Tokenizer tokenizer, TokenCounter counter) {
		int tokens = PROPERTY;
		if (schema.get("enum") instanceof ArrayNode values) {
			tokens += ENUM_START;
			for (JsonNode value : values) {
				tokens += ENUM_ITEM + counter.count(tokenizer, value.isString() ? value.asString() : value.toString());
			}
		}
		JsonNode type = schema.path("type");
		String typeText = type.isString() ? type.asString() : type.isMissingNode() ? "" : type.toString();
		tokens += counter.count(tokenizer,
				name + ":" + typeText + ":" + withoutFinalPeriod(schema.path("description").asString("")));
		for (String nested : NESTED) {
			if (schema.has(nested)) {
				tokens += counter.count(tokenizer, schema.get(nested).toString());
			}
		}
		return tokens;
	}

	private static String withoutFinalPeriod(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static int partTokens(GenerationRequest.ContentPart part) {
		return switch (part.type()) {
			case IMAGE -> MediaTokens.image(part.url(), part.detail());
			case AUDIO -> MediaTokens.audio(part.data(), part.format());
			case FILE -> (part.data() != null) ? Math.max(1, part.data().length() * 3 / 4 / 4) : 0;
		};
	}

}
