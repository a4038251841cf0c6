package dev.fakeai.engine;

/**
 * The tokens a reply used, over all its choices.
 *
 * @param promptTokens the prompt, as billed
 * @param cachedTokens prompt tokens served from the prompt cache
 * @param audioPromptTokens prompt tokens that are audio
 * @param completionTokens every output token (reasoning and rejected predictions
 * included)
 * @param reasoningTokens reasoning tokens among them
 * @param acceptedPredictionTokens predicted tokens that appear in the output
 * @param rejectedPredictionTokens predicted tokens that do not
 */
public record Usage(int promptTokens, int cachedTokens, int audioPromptTokens, int completionTokens,
		int reasoningTokens, int acceptedPredictionTokens, int rejectedPredictionTokens) {

	/**
	 * Prompt and completion tokens together.
	 * @return the total
	 */
	public int totalTokens() {
		return this.promptTokens + this.completionTokens;
	}

}
