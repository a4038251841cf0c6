package dev.fakeai.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Ids;
import dev.fakeai.engine.Reply;
import dev.fakeai.models.Capability;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code CreateChatCompletionResponse}, with the real API's key order and
 * presence: {@code refusal} and {@code content} are sent as {@code null},
 * {@code tool_calls} and {@code reasoning_content} only when there are some,
 * {@code logprobs} as {@code null} except for models that return none (no key at all),
 * and {@code system_fingerprint} is {@code null} for models that report none.
 *
 * @param id {@code chatcmpl-...}
 * @param object always {@code chat.completion}
 * @param created unix seconds
 * @param model the model that answered (a dated snapshot for an alias)
 * @param choices the choices
 * @param usage token usage
 * @param systemFingerprint the backend configuration
 * @param serviceTier the tier that served the request
 * @param moderation the moderation of input and output, when the request asked for it
 */
@JsonPropertyOrder({ "id", "object", "created", "model", "choices", "moderation", "usage", "service_tier",
		"system_fingerprint" })
record ChatCompletion(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("model") String model,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("usage") Usage usage,
		@JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("service_tier") String serviceTier,
		@JsonProperty("moderation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ChatModeration moderation) {

	static ChatCompletion of(String id, long created, String model, List<Choice> choices, Usage usage,
			@Nullable String systemFingerprint, String serviceTier) {
		return new ChatCompletion(id, "chat.completion", created, model, choices, usage, systemFingerprint, serviceTier,
				null);
	}

	/**
	 * This completion with the moderation the request asked for.
	 * @param moderation the moderation
	 * @return the completion
	 */
	ChatCompletion withModeration(ChatModeration moderation) {
		return new ChatCompletion(this.id, this.object, this.created, this.model, this.choices, this.usage,
				this.systemFingerprint, this.serviceTier, moderation);
	}

	/**
	 * The completion of an engine reply.
	 * @param reply the reply
	 * @param id the completion id
	 * @param created the creation time, unix seconds
	 * @return the completion
	 */
	static ChatCompletion from(Reply reply, String id, long created) {
		List<Choice> choices = new ArrayList<>(reply.choices().size());
		boolean logprobsKey = reply.has(Capability.LOGPROBS);
		for (GeneratedChoice choice : reply.choices()) {
			boolean refusal = choice.refusal();
			Message message = new Message("assistant", refusal ? null : choice.content(), choice.reasoningContent(),
					choice.toolCalls().stream().map(ChatCompletion::toolCall).toList(),
					refusal ? choice.content() : null, null, List.of());
			Logprobs logprobs = logprobs(choice.logprobs());
			if (refusal && logprobs != null) {
				logprobs = new Logprobs(null, logprobs.content());
			}
			choices.add(new Choice(choice.index(), message, logprobsKey ? Optional.ofNullable(logprobs) : null,
					choice.finishReason().toString()));
		}
		return of(id, created, reply.model(), choices, usage(reply.usage()), reply.systemFingerprint(),
				reply.serviceTier());
	}

	/**
	 * A new completion id: {@code chatcmpl-} and 29 characters, time-ordered as OpenAI's.
	 * @return the id
	 */
	static String newId() {
		return Ids.timeOrdered("chatcmpl-", 29, Instant.now());
	}

	static ToolCall toolCall(dev.fakeai.engine.ToolCall call) {
		return new ToolCall(call.id(), "function", new FunctionCall(call.name(), call.arguments()));
	}

	static @Nullable Logprobs logprobs(@Nullable List<dev.fakeai.engine.TokenLogprob> logprobs) {
		return (logprobs != null) ? new Logprobs(logprobs.stream().map(ChatCompletion::tokenLogprob).toList(), null)
				: null;
	}

	/**
	 * A token's log probability, as the real API prints it: a 32-bit float.
	 */
	static TokenLogprob tokenLogprob(dev.fakeai.engine.TokenLogprob logprob) {
		return new TokenLogprob(logprob.token(), (float) logprob.logprob(), logprob.bytes(),
				logprob.topLogprobs()
					.stream()
					.map((top) -> new TopLogprob(top.token(), (float) top.logprob(), top.bytes()))
					.toList());
	}

	private static Usage usage(dev.fakeai.engine.Usage usage) {
		return new Usage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens(),
				new PromptDetails(usage.cachedTokens(), usage.audioPromptTokens()),
				new CompletionDetails(usage.reasoningTokens(), 0, usage.acceptedPredictionTokens(),
						usage.rejectedPredictionTokens()));
	}

	/**
	 * One choice.
	 *
	 * @param index the choice index
	 * @param message the message
	 * @param logprobs {@code null} to leave the key out (models that return none), empty
	 * for {@code null}, or the log probabilities
	 * @param finishReason why it ended
	 */
	record Choice(@JsonProperty("index") int index, @JsonProperty("message") Message message,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<Logprobs> logprobs,
			@JsonProperty("finish_reason") String finishReason) {
	}

	record Message(@JsonProperty("role") String role, @JsonProperty("content") @Nullable String content,
			@JsonProperty("reasoning_content") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reasoningContent,
			@JsonProperty("tool_calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolCall> toolCalls,
			@JsonProperty("refusal") @Nullable String refusal,
			@JsonProperty("audio") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Audio audio,
			@JsonProperty("annotations") List<Object> annotations) {
	}

	/**
	 * An answer said aloud ({@code modalities} with {@code audio}).
	 *
	 * @param id the audio's id, for a follow-up turn
	 * @param data the audio file, base64
	 * @param expiresAt when the id stops working, unix seconds
	 * @param transcript the text said
	 */
	record Audio(@JsonProperty("id") String id, @JsonProperty("data") String data,
			@JsonProperty("expires_at") long expiresAt, @JsonProperty("transcript") String transcript) {
	}

	/**
	 * This completion with its answers said aloud: each text answer moves from
	 * {@code content} to {@code audio.transcript}, and its audio tokens join the usage.
	 * @param audio the voice and format
	 * @return the completion
	 */
	ChatCompletion withAudio(ChatAudio audio) {
		List<Choice> said = new ArrayList<>(this.choices.size());
		int tokens = 0;
		for (Choice choice : this.choices) {
			Message message = choice.message();
			if (message.content() == null || message.content().isEmpty()) {
				said.add(choice);
				continue;
			}
			tokens += ChatAudio.tokens(message.content());
			said.add(new Choice(choice.index(),
					new Message(message.role(), null, message.reasoningContent(), message.toolCalls(),
							message.refusal(), audio.say(message.content()), message.annotations()),
					choice.logprobs(), choice.finishReason()));
		}
		CompletionDetails details = this.usage.completionTokensDetails();
		Usage usage = new Usage(this.usage.promptTokens(), this.usage.completionTokens() + tokens,
				this.usage.totalTokens() + tokens, this.usage.promptTokensDetails(),
				new CompletionDetails(details.reasoningTokens(), details.audioTokens() + tokens,
						details.acceptedPredictionTokens(), details.rejectedPredictionTokens()));
		return new ChatCompletion(this.id, this.object, this.created, this.model, said, usage, this.systemFingerprint,
				this.serviceTier, this.moderation);
	}

	record ToolCall(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("function") FunctionCall function) {
	}

	record FunctionCall(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments) {
	}

	record Logprobs(@JsonProperty("content") @Nullable List<TokenLogprob> content,
			@JsonProperty("refusal") @Nullable List<TokenLogprob> refusal) {
	}

	record TokenLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") float logprob,
			@JsonProperty("bytes") List<Integer> bytes, @JsonProperty("top_logprobs") List<TopLogprob> topLogprobs) {
	}

	record TopLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") float logprob,
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
