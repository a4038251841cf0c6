package dev.fakeai.simulation;

/**
 * A regular expression that took more than {@link RegexBudget#STEPS} character reads to
 * match: catastrophic backtracking.
 */
public class RegexBudgetException extends RuntimeException {

	private final String pattern;

	RegexBudgetException(String pattern) {
		super("the pattern '" + pattern + "' takes too long to match (catastrophic backtracking); simplify it", null,
				false, false);
		this.pattern = pattern;
	}

	/**
	 * The pattern.
	 * @return its source
	 */
	public String pattern() {
		return this.pattern;
	}

}
