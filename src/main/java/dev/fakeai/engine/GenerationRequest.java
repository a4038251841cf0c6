package dev.fakeai.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an API asks the engine to generate, in no API's wire format: the conversation,
 * tools, output format and limits, with unions already normalized by the API's parser,
 * and the {@link ApiSurface} that names its parameters in errors.
 *
 * @param surface the calling API: its parameter names and endpoint rules
 * @param model the requested model id
 * @param messages the conversation
 * @param stream whether to stream
 * @param includeUsage {@code stream_options.include_usage}
 * @param n how many choices
 * @param temperature sampling temperature, if sent
 * @param topP nucleus sampling, if sent
 * @param frequencyPenalty if sent
 * @param presencePenalty if sent
 * @param maxCompletionTokens {@code max_completion_tokens}, if sent
 * @param maxTokens {@code max_tokens} (deprecated), if sent
 * @param stop stop sequences (up to 4)
 * @param seed the seed, if sent
 * @param logprobs whether to return log probabilities
 * @param topLogprobs alternatives per position (0 to 20)
 * @param logitBias token biases, if sent
 * @param tools the function tools
 * @param toolChoice how tools may be used
 * @param parallelToolCalls whether several calls may come in one turn
 * @param responseFormat the output format
 * @param reasoningEffort {@code reasoning_effort}, if sent
 * @param prediction the predicted output text, if sent
 * @param modalities requested output modalities
 * @param serviceTier the requested tier, if sent
 * @param reasoningSummary the reasoning summary asked for ({@code auto}, {@code concise}
 * or {@code detailed}), if any: a reasoning model with hidden reasoning then returns a
 * summary of it
 */
public record GenerationRequest(ApiSurface surface, String model, List<Message> messages, boolean stream,
		boolean includeUsage, int n, @Nullable Double temperature, @Nullable Double topP,
		@Nullable Double frequencyPenalty, @Nullable Double presencePenalty, @Nullable Integer maxCompletionTokens,
		@Nullable Integer maxTokens, List<String> stop, @Nullable Long seed, boolean logprobs, int topLogprobs,
		Map<String, Integer> logitBias, List<Tool> tools, ToolChoice toolChoice, boolean parallelToolCalls,
		ResponseFormat responseFormat, @Nullable String reasoningEffort, @Nullable String prediction,
		List<String> modalities, @Nullable String serviceTier, @Nullable String reasoningSummary) {

	public GenerationRequest {
		messages = List.copyOf(messages);
		stop = List.copyOf(stop);
		logitBias = Map.copyOf(logitBias);
		tools = List.copyOf(tools);
		modalities = List.copyOf(modalities);
	}

	/**
	 * This request with another conversation, for APIs that add stored turns to what the
	 * client sent.
	 * @param conversation the whole conversation
	 * @return the request
	 */
	public GenerationRequest withMessages(List<Message> conversation) {
		return new GenerationRequest(this.surface, this.model, conversation, this.stream, this.includeUsage, this.n,
				this.temperature, this.topP, this.frequencyPenalty, this.presencePenalty, this.maxCompletionTokens,
				this.maxTokens, this.stop, this.seed, this.logprobs, this.topLogprobs, this.logitBias, this.tools,
				this.toolChoice, this.parallelToolCalls, this.responseFormat, this.reasoningEffort, this.prediction,
				this.modalities, this.serviceTier, this.reasoningSummary);
	}

	/**
	 * The output limit the client asked for: {@code max_completion_tokens}, else
	 * {@code max_tokens}.
	 * @return the limit, or {@code null} when none was sent
	 */
	public @Nullable Integer requestedOutputLimit() {
		return (this.maxCompletionTokens != null) ? this.maxCompletionTokens : this.maxTokens;
	}

	/**
	 * One message of the conversation.
	 *
	 * @param role {@code system}, {@code developer}, {@code user}, {@code assistant},
	 * {@code tool} or {@code function}
	 * @param text the text of its content (text parts joined)
	 * @param parts the non-text content parts
	 * @param name the participant name, if any
	 * @param toolCalls the tool calls of an assistant message
	 * @param toolCallId the call a tool message answers
	 */
	public record Message(String role, String text, List<ContentPart> parts, @Nullable String name,
			List<ToolCall> toolCalls, @Nullable String toolCallId) {

		public Message {
			parts = List.copyOf(parts);
			toolCalls = List.copyOf(toolCalls);
		}

	}

	/**
	 * A non-text content part.
	 *
	 * @param type an image, audio or a file
	 * @param wireType the part's type as the API named it ({@code image_url} in chat),
	 * for errors and the request's fingerprint
	 * @param param where it is in the request, e.g. {@code messages[0].content[1]}
	 * @param url the image URL (http or data)
	 * @param detail the image detail ({@code auto}, {@code low}, {@code high})
	 * @param data base64 audio or file data
	 * @param format the audio format
	 */
	public record ContentPart(Type type, String wireType, String param, @Nullable String url, @Nullable String detail,
			@Nullable String data, @Nullable String format) {

		/** What a part holds. */
		public enum Type {

			/** An image, by URL or data URL. */
			IMAGE,
			/** Base64 audio. */
			AUDIO,
			/** A file's data. */
			FILE

		}

	}

	/**
	 * A function tool.
	 *
	 * @param name the function name
	 * @param description what it does
	 * @param parameters its JSON schema ({@code {"type":"object","properties":{}}} when
	 * absent)
	 * @param strict whether strict mode was asked for
	 */
	public record Tool(String name, String description, JsonNode parameters, boolean strict) {
	}

	/**
	 * How tools may be used.
	 *
	 * @param mode whether none, any, at least one, or one named function may be called
	 * @param function the named function for {@link Mode#FUNCTION}
	 * @param allowed the functions this turn may call, empty for all of them
	 */
	public record ToolChoice(Mode mode, @Nullable String function, List<String> allowed) {

		/** Tools may be called when they fit. */
		public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null, List.of());

		/** No tool is called. */
		public static final ToolChoice NONE = new ToolChoice(Mode.NONE, null, List.of());

		/** A tool is called. */
		public static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, null, List.of());

		public ToolChoice {
			allowed = List.copyOf(allowed);
		}

		/**
		 * The named function is called.
		 * @param name the function's name
		 * @return the choice
		 */
		public static ToolChoice function(String name) {
			return new ToolChoice(Mode.FUNCTION, name, List.of());
		}

		/**
		 * Only some of the tools may be called, as {@code auto} or {@code required} does.
		 * @param mode {@link Mode#AUTO} or {@link Mode#REQUIRED}
		 * @param names the functions that may be called
		 * @return the choice
		 */
		public static ToolChoice allowed(Mode mode, List<String> names) {
			if (mode != Mode.AUTO && mode != Mode.REQUIRED) {
				throw new IllegalArgumentException("Allowed tools take auto or required, not " + mode);
			}
			return new ToolChoice(mode, null, names);
		}

		/**
		 * Whether this turn may call a function.
		 * @param name the function's name
		 * @return {@code true} when it is allowed
		 */
		public boolean allows(String name) {
			return this.allowed.isEmpty() || this.allowed.contains(name);
		}

		/** The tool-choice modes; each prints as its wire name. */
		public enum Mode {

			/** {@code none}. */
			NONE,
			/** {@code auto}. */
			AUTO,
			/** {@code required}. */
			REQUIRED,
			/** A named function. */
			FUNCTION;

			@Override
			public String toString() {
				return name().toLowerCase(Locale.ROOT);
			}

		}

	}

	/**
	 * The output format.
	 *
	 * @param type plain text, any JSON object, or an instance of a schema
	 * @param schema the schema for {@link Type#JSON_SCHEMA}
	 * @param strict whether strict mode was asked for
	 * @param name the schema's name ({@code ""} for other formats)
	 * @param description the schema's description, {@code ""} when none
	 */
	public record ResponseFormat(Type type, @Nullable JsonNode schema, boolean strict, String name,
			String description) {

		/** Plain text. */
		public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, false, "", "");

		/** Any JSON object. */
		public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Type.JSON_OBJECT, null, false, "", "");

		/** The output formats; each prints as its wire name. */
		public enum Type {

			/** {@code text}. */
			TEXT,
			/** {@code json_object}. */
			JSON_OBJECT,
			/** {@code json_schema}. */
			JSON_SCHEMA;

			@Override
			public String toString() {
				return name().toLowerCase(Locale.ROOT);
			}

		}

	}

	/**
	 * The schema of a function with no parameters: an object with no properties.
	 * @return a new schema node
	 */
	public static JsonNode emptyObjectSchema() {
		return JsonNodeFactory.instance.objectNode()
			.put("type", "object")
			.set("properties", JsonNodeFactory.instance.objectNode());
	}

}
