package dev.fakeai.simulation;

import java.util.regex.Pattern;

/**
 * Regular expressions from requests and fixtures run with a step budget: a catastrophic
 * pattern (nested quantifiers that backtrack without end) stops after {@value #STEPS}
 * character reads with a {@link RegexBudgetException} naming it, instead of holding a
 * thread. Ordinary patterns on ordinary text read each character a few times.
 */
public final class RegexBudget {

	/** Character reads one match may make. */
	public static final long STEPS = 1_000_000;

	private RegexBudget() {
	}

	/**
	 * Whether the pattern is found in the text, within the budget.
	 * @param pattern the pattern
	 * @param text the text
	 * @return {@code true} when found
	 * @throws RegexBudgetException when the match takes more than the budget
	 */
	public static boolean find(Pattern pattern, CharSequence text) {
		return pattern.matcher(new Budgeted(text, new long[] { STEPS }, pattern.pattern())).find();
	}

	/** Text whose every character read is counted against a shared budget. */
	private record Budgeted(CharSequence text, long[] left, String pattern) implements CharSequence {

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			if (--this.left[0] < 0) {
				throw new RegexBudgetException(this.pattern);
			}
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Budgeted(this.text.subSequence(start, end), this.left, this.pattern);
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
