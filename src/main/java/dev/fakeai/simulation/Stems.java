package dev.fakeai.simulation;

import java.util.List;

/**
 * Word stems by suffix stripping, one rule for every part that compares words by stem:
 * the embedder's features, the answer engine's facts, tools and enums.
 */
public final class Stems {

	private static final List<String> SUFFIXES = List.of("ational", "ization", "fulness", "ousness", "iveness", "ments",
			"ness", "ment", "ingly", "ings", "ing", "edly", "ies", "ied", "ers", "est", "ed", "er", "es", "ly", "s");

	private Stems() {
	}

	/**
	 * A light suffix-stripping stem ({@code runs}, {@code running} and {@code runner} all
	 * give {@code run}; {@code batteries} gives {@code battery}), enough for texts about
	 * the same thing to share features.
	 * @param word a lower-case word
	 * @return its stem
	 */
	public static String of(String word) {
		for (String suffix : SUFFIXES) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
				String stem = word.substring(0, word.length() - suffix.length());
				if (suffix.equals("ies") || suffix.equals("ied")) {
					return stem + "y";
				}
				return undoubled(stem);
			}
		}
		return word;
	}

	/**
	 * {@code runn} to {@code run}, {@code stopp} to {@code stop}; not {@code ll},
	 * {@code ss}, {@code zz}.
	 */
	private static String undoubled(String stem) {
		int n = stem.length();
		char last = stem.charAt(n - 1);
		if (n >= 4 && last == stem.charAt(n - 2) && "aeiouylsz".indexOf(last) < 0) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}

}
