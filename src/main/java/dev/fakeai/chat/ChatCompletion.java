package dev.fakeai.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code CreateChatCompletionResponse}, with its key presence: {@code refusal},
 * {@code logprobs} and {@code content} are sent as {@code null}, {@code tool_calls} and
 * {@code reasoning_content} only when there are some.
 *
 * @param id {@code chatcmpl-...}
 * @param object always {@code chat.completion}
 * @param created unix seconds
 * @param model the model that answered (a dated snapshot for an alias)
 * @param choices the choices
 * @param usage token usage
 * @param systemFingerprint the backend configuration
 * @param serviceTier the tier that served the request
 */
record ChatCompletion(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("model") String model,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("usage") Usage usage,
		@JsonProperty("system_fingerprint") String systemFingerprint,
		@JsonProperty("service_tier") String serviceTier) {

	static ChatCompletion of(String id, long created, String model, List<Choice> choices, Usage usage,
			String systemFingerprint, String serviceTier) {
		return new ChatCompletion(id, "chat.completion", created, model, choices, usage, systemFingerprint,
				serviceTier);
	}

	record Choice(@JsonProperty("index") int index, @JsonProperty("message") Message message,
			@JsonProperty("logprobs") @Nullable Logprobs logprobs, @JsonProperty("finish_reason") String finishReason) {
	}

	record Message(@JsonProperty("role") String role, @JsonProperty("content") @Nullable String content,
			@JsonProperty("refusal") @Nullable String refusal,
			@JsonProperty("reasoning_content") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reasoningContent,
			@JsonProperty("tool_calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolCall> toolCalls,
			@JsonProperty("annotations") List<Object> annotations) {
	}

	record ToolCall(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("function") FunctionCall function) {
	}

	record FunctionCall(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments) {
	}

	record Logprobs(@JsonProperty("content") @Nullable List<TokenLogprob> content,
			@JsonProperty("refusal") @Nullable List<TokenLogprob> refusal) {
	}

	record TokenLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") double logprob,
			@JsonProperty("bytes") List<Integer> bytes, @JsonProperty("top_logprobs") List<TopLogprob> topLogprobs) {
	}

	record TopLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") double logprob,
			@JsonProperty("bytes") List<Integer> bytes) {
	}

	record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens,
			@JsonProperty("prompt_tokens_details") PromptDetails promptTokensDetails,
			@JsonProperty("completion_tokens_details") CompletionDetails completionTokensDetails) {
	}

	record PromptDetails(@JsonProperty("cached_tokens") int cachedTokens,
			@JsonProperty("audio_tokens") int audioTokens) {
	}

	record CompletionDetails(@JsonProperty("reasoning_tokens") int reasoningTokens,
			@JsonProperty("audio_tokens") int audioTokens,
			@JsonProperty("accepted_prediction_tokens") int acceptedPredictionTokens,
			@JsonProperty("rejected_prediction_tokens") int rejectedPredictionTokens) {
	}

}
