package dev.fakeai.models;

import java.util.Locale;

/**
 * The string rules of model lookup: normalization, the numbers that make two names
 * different models, and edit-distance similarity. Pure and allocation-light: it runs on
 * every lookup that misses the exact maps.
 */
final class ModelNames {

	/**
	 * Digit runs this long or longer are date stamps ({@code 20241022}), not versions.
	 */
	private static final int DATE_DIGITS = 6;

	private ModelNames() {
	}

	/**
	 * Drops a provider or organisation prefix: everything up to the last {@code /}.
	 * @param id the id
	 * @return the id without its prefix
	 */
	static String stripPrefix(String id) {
		return id.substring(id.lastIndexOf('/') + 1);
	}

	/**
	 * Lower case, prefix stripped, separators ({@code - _ . : space}) removed:
	 * {@code meta-llama/Llama-3.1-8B-Instruct} becomes {@code llama318binstruct}.
	 * @param id the id
	 * @return the normalized form
	 */
	static String normalize(String id) {
		String stripped = stripPrefix(id);
		StringBuilder out = new StringBuilder(stripped.length());
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (!isSeparator(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

	/**
	 * The version and size numbers of a name, in order, without leading zeros and without
	 * date stamps: {@code Llama-3.1-8B} gives {@code 3|1|8},
	 * {@code claude-sonnet-4-5-20250929} gives {@code 4|5}. Two names with different
	 * numbers are different models.
	 * @param id the id
	 * @return the numbers joined with {@code |}, empty when there are none
	 */
	static String significantNumbers(String id) {
		return numbers(stripPrefix(id), false);
	}

	/**
	 * Like {@link #significantNumbers(String)} but keeping date stamps.
	 * @param id the id
	 * @return the numbers joined with {@code |}
	 */
	static String allNumbers(String id) {
		return numbers(stripPrefix(id), true);
	}

	private static String numbers(String id, boolean keepDates) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < id.length()) {
			if (!Character.isDigit(id.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < id.length() && Character.isDigit(id.charAt(i))) {
				i++;
			}
			if (keepDates || i - start < DATE_DIGITS) {
				appendNumber(out, id, start, i);
			}
		}
		return out.toString();
	}

	private static void appendNumber(StringBuilder out, String id, int start, int end) {
		int first = start;
		while (first < end - 1 && id.charAt(first) == '0') {
			first++;
		}
		if (out.length() > 0) {
			out.append('|');
		}
		out.append(id, first, end);
	}

	/**
	 * Levenshtein distance with two rolling rows.
	 * @param a one string
	 * @param b another string
	 * @return the number of single-character edits between them
	 */
	static int editDistance(String a, String b) {
		return editDistance(a, b, Math.max(a.length(), b.length()));
	}

	/**
	 * Levenshtein distance that gives up once it must exceed {@code limit}.
	 * @param a one string
	 * @param b another string
	 * @param limit the largest distance of interest
	 * @return the distance when it is at most {@code limit}, else {@code limit + 1}
	 */
	static int editDistance(String a, String b, int limit) {
		if (a.length() < b.length()) {
			return editDistance(b, a, limit);
		}
		if (a.length() - b.length() > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((ca == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit + 1);
	}

	/**
	 * Whether a name is a typo of another: different, but within one edit (an insertion,
	 * deletion, substitution, or two neighbours swapped), two for names over 10
	 * characters, ignoring case, and with the same version and size numbers: a name whose
	 * numbers differ is another version ({@code dall-e-2} beside {@code dall-e-3}), as
	 * {@link #significantNumbers(String)} has it for lookups.
	 * @param name the name a request used
	 * @param known a known id or alias
	 * @return {@code true} for a near miss
	 */
	static boolean isTypoOf(String name, String known) {
		String a = name.toLowerCase(Locale.ROOT);
		String b = known.toLowerCase(Locale.ROOT);
		int allowed = (Math.max(a.length(), b.length()) > 10) ? 2 : 1;
		if (a.equals(b) || Math.abs(a.length() - b.length()) > allowed
				|| !significantNumbers(a).equals(significantNumbers(b))) {
			return false;
		}
		return alignmentDistance(a, b) <= allowed;
	}

	/**
	 * Optimal string alignment distance: Levenshtein with a swap of neighbours as one
	 * edit.
	 */
	private static int alignmentDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static boolean isSeparator(char c) {
		return c == '-' || c == '_' || c == '.' || c == ':' || c == ' ';
	}

}
