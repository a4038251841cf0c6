package dev.fakeai.chat;

import java.util.List;

import dev.fakeai.models.Tokenizer;

/**
 * A generated completion with what streaming and delayed answers need.
 *
 * @param completion the non-streaming response
 * @param choices the generated choices
 * @param pacing the timing
 * @param hiddenReasoningNanos time spent on reasoning that is not streamed
 * @param includeUsage whether a stream ends with a usage chunk
 * @param tokenizer the model's tokenizer, for splitting streamed text
 */
record ChatResult(ChatCompletion completion, List<GeneratedChoice> choices, Pacing pacing, long hiddenReasoningNanos,
		boolean includeUsage, Tokenizer tokenizer) {

	ChatResult {
		choices = List.copyOf(choices);
	}

	/**
	 * How long a non-streaming answer takes: the first token, hidden reasoning, then
	 * every visible token of the longest choice at the mean delay.
	 * @return nanoseconds
	 */
	long totalNanos() {
		long tokens = 0;
		for (GeneratedChoice choice : this.choices) {
			long visible = choice.completionTokens()
					- ((choice.reasoningContent() != null) ? 0 : choice.reasoningTokens());
			tokens = Math.max(tokens, visible);
		}
		return this.pacing.firstTokenNanos() + this.hiddenReasoningNanos
				+ Math.max(0, tokens - 1) * this.pacing.meanDelayNanos();
	}

}
