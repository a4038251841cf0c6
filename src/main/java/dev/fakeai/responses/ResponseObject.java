package dev.fakeai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's {@code Response}, every field the SDKs require present, {@code null} where it
 * has no value, in the order the API sends them.
 *
 * @param id {@code resp_...}
 * @param object always {@code response}
 * @param createdAt unix seconds
 * @param status {@code queued}, {@code in_progress}, {@code completed},
 * {@code incomplete}, {@code cancelled} or {@code failed}
 * @param background whether it runs in the background
 * @param completedAt unix seconds, once completed
 * @param error why it failed
 * @param incompleteDetails why it is incomplete
 * @param instructions the request's instructions
 * @param maxOutputTokens the request's output limit
 * @param maxToolCalls the request's limit on built-in tool calls
 * @param model the model that answered (a dated snapshot for an alias)
 * @param output the output items
 * @param parallelToolCalls whether several calls may come in one turn
 * @param previousResponseId the response this one continues
 * @param promptCacheKey the request's cache key
 * @param reasoning the reasoning settings
 * @param safetyIdentifier the request's end-user id
 * @param serviceTier the tier that served it
 * @param store whether it is stored
 * @param temperature sampling temperature
 * @param text the output format and verbosity
 * @param toolChoice the request's tool choice
 * @param tools the tools, as the API normalized them
 * @param topLogprobs alternatives per token
 * @param topP nucleus sampling
 * @param truncation the truncation strategy
 * @param usage tokens used, once completed
 * @param user the request's deprecated end-user id
 * @param metadata the request's metadata
 */
record ResponseObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("status") String status,
		@JsonProperty("background") boolean background, @JsonProperty("completed_at") @Nullable Long completedAt,
		@JsonProperty("error") @Nullable Error error,
		@JsonProperty("incomplete_details") @Nullable IncompleteDetails incompleteDetails,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("max_output_tokens") @Nullable Integer maxOutputTokens,
		@JsonProperty("max_tool_calls") @Nullable Integer maxToolCalls, @JsonProperty("model") String model,
		@JsonProperty("output") List<OutputItem> output, @JsonProperty("parallel_tool_calls") boolean parallelToolCalls,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("reasoning") Reasoning reasoning,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("service_tier") String serviceTier, @JsonProperty("store") boolean store,
		@JsonProperty("temperature") double temperature, @JsonProperty("text") JsonNode text,
		@JsonProperty("tool_choice") JsonNode toolChoice, @JsonProperty("tools") JsonNode tools,
		@JsonProperty("top_logprobs") int topLogprobs, @JsonProperty("top_p") double topP,
		@JsonProperty("truncation") String truncation, @JsonProperty("usage") @Nullable Usage usage,
		@JsonProperty("user") @Nullable String user, @JsonProperty("metadata") Map<String, String> metadata) {

	static final String QUEUED = "queued";

	static final String IN_PROGRESS = "in_progress";

	static final String COMPLETED = "completed";

	static final String INCOMPLETE = "incomplete";

	static final String CANCELLED = "cancelled";

	static final String FAILED = "failed";

	ResponseObject {
		output = List.copyOf(output);
	}

	/**
	 * This response before it has an answer: the status given, no output, no usage.
	 * @param status {@code queued} or {@code in_progress}
	 * @return the response
	 */
	ResponseObject pending(String status) {
		return new ResponseObject(this.id, this.object, this.createdAt, status, this.background, null, null, null,
				this.instructions, this.maxOutputTokens, this.maxToolCalls, this.model, List.of(),
				this.parallelToolCalls, this.previousResponseId, this.promptCacheKey, this.reasoning,
				this.safetyIdentifier, this.serviceTier, this.store, this.temperature, this.text, this.toolChoice,
				this.tools, this.topLogprobs, this.topP, this.truncation, null, this.user, this.metadata);
	}

	/**
	 * This response cancelled before it finished.
	 * @return the response
	 */
	ResponseObject cancelled() {
		return pending(CANCELLED);
	}

	/**
	 * This response failed with an error.
	 * @param code the error code
	 * @param message what went wrong
	 * @return the response
	 */
	ResponseObject failed(String code, String message) {
		return new ResponseObject(this.id, this.object, this.createdAt, FAILED, this.background, null,
				new Error(code, message), null, this.instructions, this.maxOutputTokens, this.maxToolCalls, this.model,
				List.of(), this.parallelToolCalls, this.previousResponseId, this.promptCacheKey, this.reasoning,
				this.safetyIdentifier, this.serviceTier, this.store, this.temperature, this.text, this.toolChoice,
				this.tools, this.topLogprobs, this.topP, this.truncation, null, this.user, this.metadata);
	}

	record Error(@JsonProperty("code") String code, @JsonProperty("message") String message) {
	}

	record IncompleteDetails(@JsonProperty("reason") String reason) {
	}

	record Reasoning(@JsonProperty("effort") @Nullable String effort,
			@JsonProperty("summary") @Nullable String summary) {
	}

	record Usage(@JsonProperty("input_tokens") int inputTokens,
			@JsonProperty("input_tokens_details") InputDetails inputTokensDetails,
			@JsonProperty("output_tokens") int outputTokens,
			@JsonProperty("output_tokens_details") OutputDetails outputTokensDetails,
			@JsonProperty("total_tokens") int totalTokens) {
	}

	record InputDetails(@JsonProperty("cached_tokens") int cachedTokens,
			@JsonProperty("cache_write_tokens") int cacheWriteTokens) {
	}

	record OutputDetails(@JsonProperty("reasoning_tokens") int reasoningTokens) {
	}

	/** An item of {@code output}. */
	sealed interface OutputItem permits MessageItem, FunctionCallItem, ReasoningItem {

		/**
		 * The item's id.
		 * @return the id
		 */
		String id();

	}

	/**
	 * An assistant message.
	 *
	 * @param id {@code msg_...}
	 * @param type always {@code message}
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param role always {@code assistant}
	 * @param content its text parts
	 */
	record MessageItem(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("status") String status, @JsonProperty("role") String role,
			@JsonProperty("content") List<ContentPart> content) implements OutputItem {

		MessageItem {
			content = List.copyOf(content);
		}

	}

	/** A part of a message: text, or a refusal. */
	sealed interface ContentPart permits OutputText, Refusal {

	}

	/**
	 * A refusal instead of text (scripted by a fixture).
	 *
	 * @param type always {@code refusal}
	 * @param refusal the refusal
	 */
	record Refusal(@JsonProperty("type") String type, @JsonProperty("refusal") String refusal) implements ContentPart {

		static Refusal of(String refusal) {
			return new Refusal("refusal", refusal);
		}

	}

	/**
	 * Text the model wrote.
	 *
	 * @param type always {@code output_text}
	 * @param text the text
	 * @param annotations always empty
	 * @param logprobs per-token log probabilities, when included
	 */
	record OutputText(@JsonProperty("type") String type, @JsonProperty("text") String text,
			@JsonProperty("annotations") List<Object> annotations,
			@JsonProperty("logprobs") List<Logprob> logprobs) implements ContentPart {

		static OutputText of(String text, List<Logprob> logprobs) {
			return new OutputText("output_text", text, List.of(), logprobs);
		}

	}

	record Logprob(@JsonProperty("token") String token, @JsonProperty("logprob") float logprob,
			@JsonProperty("bytes") List<Integer> bytes, @JsonProperty("top_logprobs") List<TopLogprob> topLogprobs) {
	}

	record TopLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") float logprob,
			@JsonProperty("bytes") List<Integer> bytes) {
	}

	/**
	 * A function call.
	 *
	 * @param id {@code fc_...}
	 * @param type always {@code function_call}
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param callId {@code call_...}, which the function's output names
	 * @param name the function
	 * @param arguments its arguments, a JSON string
	 */
	record FunctionCallItem(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("status") String status, @JsonProperty("call_id") String callId,
			@JsonProperty("name") String name, @JsonProperty("arguments") String arguments) implements OutputItem {
	}

	/**
	 * A reasoning model's reasoning: a summary when asked for, the text for models that
	 * show it, and an opaque copy when included.
	 *
	 * @param id {@code rs_...}
	 * @param type always {@code reasoning}
	 * @param summary the summary parts
	 * @param content the reasoning text, for models that show it
	 * @param encryptedContent an opaque copy, when {@code reasoning.encrypted_content} is
	 * included
	 */
	record ReasoningItem(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("summary") List<Text> summary,
			@JsonProperty("content") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Text> content,
			@JsonProperty("encrypted_content") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String encryptedContent)
			implements
				OutputItem {

		ReasoningItem {
			summary = List.copyOf(summary);
			content = List.copyOf(content);
		}

	}

	/**
	 * A summary or reasoning text part.
	 *
	 * @param type {@code summary_text} or {@code reasoning_text}
	 * @param text the text
	 */
	record Text(@JsonProperty("type") String type, @JsonProperty("text") String text) {
	}

}
