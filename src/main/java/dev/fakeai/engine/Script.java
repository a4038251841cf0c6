package dev.fakeai.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A scripted answer, as a fixture gives it: the engine renders it instead of a simulated
 * choice, with the same token counts, logprobs, timing and capability rules.
 *
 * @param fixture the name of the fixture that gave it, for errors and the journal
 * @param content the text, or {@code null}
 * @param toolCalls the calls to make, or none
 * @param reasoning reasoning text, for models that reason, or {@code null} to simulate it
 * @param refusal a refusal instead of content, or {@code null}
 * @param finishReason why it ends, or {@code null} for the natural one
 * @param usage token counts that replace the computed ones, or {@code null}
 * @param timeToFirstTokenMs an exact time to first token, or {@code null}
 * @param interTokenMs an exact inter-token delay, or {@code null}
 * @param error an error to answer with instead, or {@code null}
 * @param fault a failure the web edge injects into the answer ({@code stream-cut},
 * {@code 503}, ...), or {@code null}; with no answer given, the answer is simulated
 */
public record Script(String fixture, @Nullable String content, List<Call> toolCalls, @Nullable String reasoning,
		@Nullable String refusal, @Nullable FinishReason finishReason, @Nullable UsageOverride usage,
		@Nullable Double timeToFirstTokenMs, @Nullable Double interTokenMs, @Nullable Failure error,
		@Nullable String fault) {

	public Script {
		toolCalls = List.copyOf(toolCalls);
	}

	/**
	 * Whether the script says what to answer (else the answer is simulated, and only its
	 * fault, timing or usage apply).
	 * @return {@code true} with content, calls, a refusal or an error
	 */
	public boolean answers() {
		return this.content != null || this.refusal != null || !this.toolCalls.isEmpty() || this.error != null;
	}

	/**
	 * A scripted tool call.
	 *
	 * @param id the call's id, or {@code null} for a new one each time (a recording keeps
	 * the id it saw, so a replayed loop sends the same ids back)
	 * @param name the function
	 * @param arguments its arguments, checked against the offered tool's schema
	 */
	public record Call(@Nullable String id, String name, JsonNode arguments) {
	}

	/**
	 * Token counts a script sets; each {@code null} keeps the computed one.
	 *
	 * @param promptTokens the prompt tokens
	 * @param completionTokens the completion tokens
	 */
	public record UsageOverride(@Nullable Integer promptTokens, @Nullable Integer completionTokens) {
	}

	/**
	 * An error answer in OpenAI's envelope.
	 *
	 * @param status the HTTP status
	 * @param type the error type
	 * @param code the error code, or {@code null}
	 * @param message the message
	 * @param param the parameter, or {@code null}
	 */
	public record Failure(int status, String type, @Nullable String code, String message, @Nullable String param) {
	}

}
