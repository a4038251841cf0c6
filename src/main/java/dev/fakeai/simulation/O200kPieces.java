package dev.fakeai.simulation;

import java.util.List;
import java.util.Locale;

/**
 * Splits ASCII text into the pieces {@code o200k_base}'s pre-tokenizing regular
 * expression makes (the tokenizer then encodes each piece on its own), without running
 * the expression: the same alternatives in the same order, decided per character class.
 * The expression is Unicode-aware and, on long texts, costs more than the byte-pair
 * encoding itself; pieces repeat from text to text, so their counts can be memoized. Text
 * with any character outside tab, line feed, carriage return and printable ASCII is not
 * split ({@code false}): the caller lets the tokenizer do it. Tests check the pieces
 * against the expression itself over a large corpus.
 */
final class O200kPieces {

	private static final List<String> CONTRACTIONS = List.of("s", "t", "re", "ve", "m", "ll", "d");

	private O200kPieces() {
	}

	/**
	 * The pieces of a text.
	 * @param text the text
	 * @param pieces where the pieces go, in order
	 * @return {@code false} (and nothing added) when the text has a character this split
	 * does not handle
	 */
	static boolean split(String text, List<String> pieces) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || c > 0x7e) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		int i = 0;
		while (i < n) {
			int end = pieceEnd(text, i, n);
			pieces.add(text.substring(i, end));
			i = end;
		}
		return true;
	}

	private static int pieceEnd(String text, int i, int n) {
		char c = text.charAt(i);
		if (isLetter(c)) {
			return letters(text, i, n);
		}
		if (c != '\r' && c != '\n' && !isDigit(c) && i + 1 < n && isLetter(text.charAt(i + 1))) {
			return letters(text, i + 1, n);
		}
		if (isDigit(c)) {
			int end = i + 1;
			while (end < n && end < i + 3 && isDigit(text.charAt(end))) {
				end++;
			}
			return end;
		}
		int punctuation = (c == ' ' && i + 1 < n && isPunctuation(text.charAt(i + 1))) ? i + 1 : i;
		if (isPunctuation(text.charAt(punctuation))) {
			int end = punctuation + 1;
			while (end < n && isPunctuation(text.charAt(end))) {
				end++;
			}
			while (end < n && (text.charAt(end) == '\r' || text.charAt(end) == '\n' || text.charAt(end) == '/')) {
				end++;
			}
			return end;
		}
		return whitespace(text, i, n);
	}

	/** A run of letters ({@code [A-Z]*[a-z]+} or {@code [A-Z]+}), then a contraction. */
	private static int letters(String text, int start, int n) {
		int end = start;
		while (end < n && isUpper(text.charAt(end))) {
			end++;
		}
		while (end < n && isLower(text.charAt(end))) {
			end++;
		}
		if (end < n && text.charAt(end) == '\'') {
			for (String contraction : CONTRACTIONS) {
				int after = end + 1 + contraction.length();
				if (after <= n && text.substring(end + 1, after).toLowerCase(Locale.ROOT).equals(contraction)) {
					return after;
				}
			}
		}
		return end;
	}

	/**
	 * Whitespace: through the run's last line break if it has one, else the run less its
	 * last character when a non-space follows (that one leads the next piece), else all.
	 */
	private static int whitespace(String text, int start, int n) {
		int end = start;
		int lastBreak = -1;
		while (end < n && isSpace(text.charAt(end))) {
			if (text.charAt(end) == '\r' || text.charAt(end) == '\n') {
				lastBreak = end;
			}
			end++;
		}
		if (lastBreak >= 0) {
			return lastBreak + 1;
		}
		if (end < n && end - start >= 2) {
			return end - 1;
		}
		return end;
	}

	private static boolean isLetter(char c) {
		return isUpper(c) || isLower(c);
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isLower(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

	private static boolean isPunctuation(char c) {
		return !isLetter(c) && !isDigit(c) && !isSpace(c);
	}

}
