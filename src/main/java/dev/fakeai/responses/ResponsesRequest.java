package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.engine.GenerationRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A {@code POST /v1/responses} request as its parser read it: what the engine generates
 * from (the conversation still without stored turns), the input items as stored, the
 * state options, and what the response echoes.
 *
 * @param generation the engine's request, its conversation only the instructions and this
 * request's input
 * @param instructions the instructions, if any
 * @param input this request's input items, references not yet resolved
 * @param store whether the response is kept
 * @param background whether it runs in the background
 * @param previousResponseId the response this one continues, if any
 * @param includeEncryptedReasoning whether reasoning items carry an opaque copy
 * @param obfuscation whether stream deltas carry padding
 * @param echo what the response repeats of the request
 */
record ResponsesRequest(GenerationRequest generation, @Nullable String instructions, List<InputItem> input,
		boolean store, boolean background, @Nullable String previousResponseId, boolean includeEncryptedReasoning,
		boolean obfuscation, Echo echo) {

	ResponsesRequest {
		input = List.copyOf(input);
	}

	/**
	 * The engine's request for a conversation: the instructions first (as a developer
	 * message, never carried over from earlier responses), then the turns given.
	 * @param turns stored turns and this request's input, in order
	 * @return the request
	 */
	GenerationRequest generationFor(List<GenerationRequest.Message> turns) {
		List<GenerationRequest.Message> conversation = new ArrayList<>(turns.size() + 1);
		if (this.instructions != null) {
			conversation
				.add(new GenerationRequest.Message("developer", this.instructions, List.of(), null, List.of(), null));
		}
		conversation.addAll(turns);
		return this.generation.withMessages(conversation);
	}

	/**
	 * The request's settings a response repeats, normalized as the API does.
	 *
	 * @param maxOutputTokens the output limit
	 * @param maxToolCalls the limit on built-in tool calls
	 * @param parallelToolCalls whether several calls may come in one turn
	 * @param promptCacheKey the cache key
	 * @param reasoningEffort the effort, if sent
	 * @param reasoningSummary the summary level, if sent
	 * @param safetyIdentifier the end-user id
	 * @param temperature sampling temperature, if sent
	 * @param text {@code {"format":...,"verbosity":...}}
	 * @param toolChoice the tool choice as sent ({@code "auto"} by default)
	 * @param tools the tools as normalized
	 * @param topLogprobs alternatives per token
	 * @param topP nucleus sampling, if sent
	 * @param truncation {@code auto} or {@code disabled}
	 * @param user the deprecated end-user id
	 * @param metadata the metadata
	 */
	record Echo(@Nullable Integer maxOutputTokens, @Nullable Integer maxToolCalls, boolean parallelToolCalls,
			@Nullable String promptCacheKey, @Nullable String reasoningEffort, @Nullable String reasoningSummary,
			@Nullable String safetyIdentifier, @Nullable Double temperature, JsonNode text, JsonNode toolChoice,
			JsonNode tools, int topLogprobs, @Nullable Double topP, String truncation, @Nullable String user,
			Map<String, String> metadata) {

		Echo {
			metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
		}

	}

}
