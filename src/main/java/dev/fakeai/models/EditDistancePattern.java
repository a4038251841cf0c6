package dev.fakeai.models;

import java.util.HashMap;
import java.util.Map;

/**
 * Levenshtein distance from one fixed string to many others, with Myers' bit-parallel
 * algorithm (in Hyyrö's formulation): one pass of a few word operations per character of
 * the other string, instead of a row of the dynamic-programming table. Patterns longer
 * than 64 characters fall back to {@link ModelNames#editDistance(String, String)}.
 */
final class EditDistancePattern {

	private static final int ASCII = 128;

	private final String pattern;

	private final long[] asciiMasks = new long[ASCII];

	private final Map<Character, Long> otherMasks = new HashMap<>();

	private final long lastBit;

	EditDistancePattern(String pattern) {
		this.pattern = pattern;
		this.lastBit = pattern.isEmpty() ? 0 : 1L << (pattern.length() - 1);
		if (pattern.length() <= Long.SIZE) {
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c < ASCII) {
					this.asciiMasks[c] |= 1L << i;
				}
				else {
					this.otherMasks.merge(c, 1L << i, (a, b) -> a | b);
				}
			}
		}
	}

	/**
	 * The edit distance between the pattern and a text.
	 * @param text the other string
	 * @return the number of single-character edits between them
	 */
	int distanceTo(String text) {
		int m = this.pattern.length();
		if (m == 0) {
			return text.length();
		}
		if (m > Long.SIZE) {
			return ModelNames.editDistance(this.pattern, text);
		}
		long positive = -1L;
		long negative = 0L;
		int score = m;
		for (int j = 0; j < text.length(); j++) {
			long equal = mask(text.charAt(j));
			long vertical = equal | negative;
			long horizontal = (((equal & positive) + positive) ^ positive) | equal;
			long horizontalPositive = negative | ~(horizontal | positive);
			long horizontalNegative = positive & horizontal;
			if ((horizontalPositive & this.lastBit) != 0) {
				score++;
			}
			else if ((horizontalNegative & this.lastBit) != 0) {
				score--;
			}
			horizontalPositive = (horizontalPositive << 1) | 1L;
			horizontalNegative <<= 1;
			positive = horizontalNegative | ~(vertical | horizontalPositive);
			negative = horizontalPositive & vertical;
		}
		return score;
	}

	private long mask(char c) {
		if (c < ASCII) {
			return this.asciiMasks[c];
		}
		Long mask = this.otherMasks.get(c);
		return (mask != null) ? mask : 0L;
	}

}
