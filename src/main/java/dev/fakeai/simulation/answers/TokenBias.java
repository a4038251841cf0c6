package dev.fakeai.simulation.answers;

/**
 * The request's {@code logit_bias} as the skills see it: the bias on the first token of a
 * candidate answer ({@code +100} makes it the answer where the answer has a choice,
 * {@code -100} bans it).
 */
@FunctionalInterface
public interface TokenBias {

	/** No bias. */
	TokenBias NONE = (text) -> 0;

	/**
	 * The bias on the first token of a text.
	 * @param text a candidate answer
	 * @return its bias, 0 when none is set
	 */
	int of(String text);

}
