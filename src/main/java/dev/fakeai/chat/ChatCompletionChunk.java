package dev.fakeai.chat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code CreateChatCompletionStreamResponse}: one SSE frame of a stream.
 * {@code usage} is present (as {@code null} until the last frame) only when the client
 * asked for {@code stream_options.include_usage}.
 *
 * @param id the completion id, the same in every chunk
 * @param object always {@code chat.completion.chunk}
 * @param created unix seconds, the same in every chunk
 * @param model the model
 * @param systemFingerprint the backend configuration
 * @param serviceTier the tier that served the request
 * @param choices this chunk's choice deltas (empty in the usage chunk)
 * @param usage {@code null} to leave the key out, empty for {@code "usage": null}, or the
 * usage of the last chunk
 */
record ChatCompletionChunk(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("model") String model,
		@JsonProperty("system_fingerprint") String systemFingerprint, @JsonProperty("service_tier") String serviceTier,
		@JsonProperty("choices") List<Choice> choices,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<ChatCompletion.Usage> usage) {

	record Choice(@JsonProperty("index") int index, @JsonProperty("delta") Delta delta,
			@JsonProperty("logprobs") ChatCompletion.@Nullable Logprobs logprobs,
			@JsonProperty("finish_reason") @Nullable String finishReason) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Delta(@JsonProperty("role") @Nullable String role, @JsonProperty("content") @Nullable String content,
			@JsonProperty("reasoning_content") @Nullable String reasoningContent,
			@JsonProperty("tool_calls") @Nullable List<ToolCallDelta> toolCalls,
			@JsonProperty("refusal") @Nullable String refusal) {

		static final Delta EMPTY = new Delta(null, null, null, null, null);

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ToolCallDelta(@JsonProperty("index") int index, @JsonProperty("id") @Nullable String id,
			@JsonProperty("type") @Nullable String type, @JsonProperty("function") FunctionDelta function) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FunctionDelta(@JsonProperty("name") @Nullable String name, @JsonProperty("arguments") String arguments) {
	}

}
