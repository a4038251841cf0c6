package dev.fakeai.completions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code CreateCompletionResponse}, also each chunk of a stream ({@code object}
 * {@code text_completion} in both).
 *
 * @param id {@code cmpl-...}
 * @param object always {@code text_completion}
 * @param created unix seconds
 * @param model the model that answered
 * @param systemFingerprint the backend configuration, {@code null} where the model
 * reports none
 * @param choices the choices
 * @param usage {@code null} to leave the key out, empty for {@code "usage": null}, or the
 * usage
 */
record Completion(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("model") String model,
		@JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("choices") List<Choice> choices,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<Usage> usage) {

	Completion {
		choices = List.copyOf(choices);
	}

	/**
	 * One choice.
	 *
	 * @param text the text
	 * @param index the choice's index: prompt index times {@code n} plus its place
	 * @param logprobs the tokens' log probabilities, when asked for
	 * @param finishReason why it ended, {@code null} in stream chunks before its end
	 */
	record Choice(@JsonProperty("text") String text, @JsonProperty("index") int index,
			@JsonProperty("logprobs") @Nullable Logprobs logprobs,
			@JsonProperty("finish_reason") @Nullable String finishReason) {
	}

	/**
	 * Legacy log probabilities, one entry per token in each list.
	 *
	 * @param tokens the tokens
	 * @param tokenLogprobs their log probabilities
	 * @param topLogprobs the most likely tokens at each place, by their log probability
	 * @param textOffset where each token starts in the text
	 */
	record Logprobs(@JsonProperty("tokens") List<String> tokens,
			@JsonProperty("token_logprobs") List<Float> tokenLogprobs,
			@JsonProperty("top_logprobs") List<Map<String, Float>> topLogprobs,
			@JsonProperty("text_offset") List<Integer> textOffset) {
	}

	record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens) {
	}

}
