package dev.fakeai.engine;

import java.util.List;

import dev.fakeai.simulation.Token;
import org.jspecify.annotations.Nullable;

/**
 * One generated choice, before an API shapes it into a response or a stream. When the
 * request streams (or asks for log probabilities), the visible text comes already cut
 * into tokens, so a stream never tokenizes again.
 *
 * @param index the choice index
 * @param content the text, {@code null} for a tool-call turn
 * @param contentTokens the tokens of the content, when streamed or with log probabilities
 * (else empty)
 * @param refusal whether the content is a refusal (a fixture's), which APIs render in
 * their refusal field
 * @param reasoningContent visible reasoning, if the model returns it
 * @param reasoningContentTokens the tokens of the visible reasoning, when streamed (else
 * empty)
 * @param reasoningTokens reasoning tokens spent (visible or hidden)
 * @param reasoningSummary a summary of hidden reasoning, when the request asked for one
 * @param reasoningSummaryTokens the tokens of the summary, when streamed (else empty)
 * @param toolCalls the tool calls
 * @param argumentTokens the tokens of each call's arguments, when streamed (else empty)
 * @param finishReason why it ended
 * @param completionTokens all output tokens of this choice (reasoning included)
 * @param acceptedPredictionTokens predicted tokens that appear in the output
 * @param rejectedPredictionTokens predicted tokens that do not
 * @param logprobs per-token log probabilities, when asked for
 */
public record GeneratedChoice(int index, @Nullable String content, List<Token> contentTokens, boolean refusal,
		@Nullable String reasoningContent, List<Token> reasoningContentTokens, int reasoningTokens,
		@Nullable String reasoningSummary, List<Token> reasoningSummaryTokens, List<ToolCall> toolCalls,
		List<List<Token>> argumentTokens, FinishReason finishReason, int completionTokens, int acceptedPredictionTokens,
		int rejectedPredictionTokens, @Nullable List<TokenLogprob> logprobs) {

	public GeneratedChoice {
		contentTokens = List.copyOf(contentTokens);
		reasoningContentTokens = List.copyOf(reasoningContentTokens);
		reasoningSummaryTokens = List.copyOf(reasoningSummaryTokens);
		toolCalls = List.copyOf(toolCalls);
		argumentTokens = argumentTokens.stream().map(List::copyOf).toList();
		logprobs = (logprobs != null) ? List.copyOf(logprobs) : null;
	}

	/**
	 * What this choice says, for telling choices apart: its text, or its calls' names and
	 * arguments (call ids always differ).
	 * @return a key equal for choices that say the same
	 */
	String said() {
		StringBuilder key = new StringBuilder((this.content != null) ? this.content : "");
		for (ToolCall call : this.toolCalls) {
			key.append('\0').append(call.name()).append('\0').append(call.arguments());
		}
		return key.toString();
	}

	/**
	 * The tokens a stream shows of this choice: visible reasoning or its summary, tool
	 * arguments and content; hidden reasoning is not shown.
	 * @return visible output tokens
	 */
	int visibleTokens() {
		return this.completionTokens - hiddenReasoningTokens();
	}

	/**
	 * The reasoning tokens no stream shows: all of them unless the model shows its
	 * reasoning, less those of a summary.
	 * @return hidden reasoning tokens
	 */
	int hiddenReasoningTokens() {
		if (this.reasoningContent != null) {
			return 0;
		}
		int summary = (this.reasoningSummary != null) ? this.reasoningSummaryTokens.size() : 0;
		return Math.max(0, this.reasoningTokens - summary);
	}

}
