package dev.fakeai.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code CreateChatCompletionStreamResponse}: one SSE frame of a stream, with
 * its keys in the order the real API sends them. {@code usage} is present (as
 * {@code null} until the last frame) only when the client asked for
 * {@code stream_options.include_usage}; {@code obfuscation} is the last key unless the
 * client turned it off.
 *
 * @param id the completion id, the same in every chunk
 * @param object always {@code chat.completion.chunk}
 * @param created unix seconds, the same in every chunk
 * @param model the model
 * @param serviceTier the tier that served the request
 * @param systemFingerprint the backend configuration, {@code null} for models that report
 * none
 * @param choices this chunk's choice deltas (empty in the usage and moderation chunks)
 * @param moderation the moderation, in the last chunk of a request that asked for it
 * @param usage {@code null} to leave the key out, empty for {@code "usage": null}, or the
 * usage of the last chunk
 * @param obfuscation random padding, {@code null} to leave the key out
 */
@JsonPropertyOrder({ "id", "object", "created", "model", "service_tier", "system_fingerprint", "choices", "moderation",
		"usage", "obfuscation" })
record ChatCompletionChunk(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("model") String model,
		@JsonProperty("service_tier") String serviceTier,
		@JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("choices") List<Choice> choices,
		@JsonProperty("moderation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ChatModeration moderation,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<ChatCompletion.Usage> usage,
		@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation) {

	/**
	 * This chunk with {@code usage} before {@code choices}, as the real API orders the
	 * header and argument chunks of parallel tool calls.
	 * @return the reordered chunk
	 */
	UsageFirst usageFirst() {
		return new UsageFirst(this.id, this.object, this.created, this.model, this.serviceTier, this.systemFingerprint,
				this.usage, this.choices, this.obfuscation);
	}

	/**
	 * A chunk whose {@code usage} key comes before {@code choices}.
	 *
	 * @param id the completion id
	 * @param object always {@code chat.completion.chunk}
	 * @param created unix seconds
	 * @param model the model
	 * @param serviceTier the tier that served the request
	 * @param systemFingerprint the backend configuration, or {@code null}
	 * @param usage as in {@link ChatCompletionChunk}
	 * @param choices the choice deltas
	 * @param obfuscation random padding, or {@code null}
	 */
	@JsonPropertyOrder({ "id", "object", "created", "model", "service_tier", "system_fingerprint", "usage", "choices",
			"obfuscation" })
	record UsageFirst(@JsonProperty("id") String id, @JsonProperty("object") String object,
			@JsonProperty("created") long created, @JsonProperty("model") String model,
			@JsonProperty("service_tier") String serviceTier,
			@JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
			@JsonProperty("usage") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<ChatCompletion.Usage> usage,
			@JsonProperty("choices") List<Choice> choices,
			@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation) {
	}

	/**
	 * One choice's delta. {@code logprobs} is left out for models that return none (the
	 * real reasoning models send no such key).
	 *
	 * @param index the choice index
	 * @param delta the delta
	 * @param logprobs {@code null} to leave the key out, empty for {@code null}, or the
	 * token's log probability
	 * @param finishReason why the choice ended, in its last chunk
	 */
	record Choice(@JsonProperty("index") int index, @JsonProperty("delta") Delta delta,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<ChatCompletion.Logprobs> logprobs,
			@JsonProperty("finish_reason") @Nullable String finishReason) {
	}

	/**
	 * What a chunk adds to a choice. {@code content} and {@code refusal} are left out
	 * when {@code null} and sent as {@code null} when empty, so that first chunks read
	 * exactly as the real API's.
	 *
	 * @param role {@code assistant} in the first chunk
	 * @param content the text added
	 * @param reasoningContent visible reasoning added (models that show it)
	 * @param toolCalls tool-call headers or argument fragments
	 * @param refusal {@code null} in the first chunk of a text answer or a single call
	 * @param audio a piece of an answer said aloud: its id and transcript, its data, or
	 * its expiry
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Delta(@JsonProperty("role") @Nullable String role,
			@JsonProperty("content") @Nullable Optional<String> content,
			@JsonProperty("reasoning_content") @Nullable String reasoningContent,
			@JsonProperty("tool_calls") @Nullable List<ToolCallDelta> toolCalls,
			@JsonProperty("refusal") @Nullable Optional<String> refusal,
			@JsonProperty("audio") @Nullable Map<String, Object> audio) {

		static final Delta EMPTY = new Delta(null, null, null, null, null, null);

		/**
		 * {@code {"role":"assistant","content":null,"refusal":null}}: before an answer
		 * said aloud.
		 */
		static final Delta FIRST_AUDIO = new Delta("assistant", Optional.empty(), null, null, Optional.empty(), null);

		static Delta audio(Map<String, Object> audio) {
			return new Delta(null, null, null, null, null, audio);
		}

		/** {@code {"role":"assistant","content":"","refusal":null}}. */
		static final Delta FIRST_TEXT = new Delta("assistant", Optional.of(""), null, null, Optional.empty(), null);

		/** {@code {"role":"assistant","content":null}}: before parallel tool calls. */
		static final Delta FIRST_OF_CALLS = new Delta("assistant", Optional.empty(), null, null, null, null);

		static Delta firstOfOneCall(ToolCallDelta header) {
			return new Delta("assistant", Optional.empty(), null, List.of(header), Optional.empty(), null);
		}

		/**
		 * {@code {"role":"assistant","content":null,"refusal":""}}: the start of a
		 * refusal.
		 */
		static final Delta FIRST_REFUSAL = new Delta("assistant", Optional.empty(), null, null, Optional.of(""), null);

		static Delta refusal(String text) {
			return new Delta(null, null, null, null, Optional.of(text), null);
		}

		static Delta content(String text) {
			return new Delta(null, Optional.of(text), null, null, null, null);
		}

		static Delta reasoning(String text) {
			return new Delta(null, null, text, null, null, null);
		}

		static Delta toolCall(ToolCallDelta call) {
			return new Delta(null, null, null, List.of(call), null, null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ToolCallDelta(@JsonProperty("index") int index, @JsonProperty("id") @Nullable String id,
			@JsonProperty("type") @Nullable String type, @JsonProperty("function") FunctionDelta function) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FunctionDelta(@JsonProperty("name") @Nullable String name, @JsonProperty("arguments") String arguments) {
	}

}
