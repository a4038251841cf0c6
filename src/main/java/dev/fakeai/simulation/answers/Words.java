package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fakeai.simulation.Stems;
import org.jspecify.annotations.Nullable;

/**
 * Reading words the way the skills need them: lower-case words, a light stem, names split
 * on camelCase, snake_case and kebab-case, quoted text, and numbers written in digits or
 * in words.
 */
final class Words {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

	private static final Pattern CAMEL = Pattern
		.compile("(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

	private static final Pattern QUOTED = Pattern
		.compile("\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|`([^`]+)`|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])");

	/** Where sentences part. */
	static final Pattern SENTENCES = Pattern.compile("(?<=[.?!])\\s+");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
			Map.entry("one hundred", 100), Map.entry("a thousand", 1000), Map.entry("one thousand", 1000),
			Map.entry("a dozen", 12), Map.entry("dozen", 12));

	/** A number in digits or in words, as a regular expression group. */
	static final String NUMBER = "(\\d+|(?:a |one )?hundred|(?:a |one )?thousand|(?:a )?dozen|zero|one|two|three|four"
			+ "|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
			+ "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

	private Words() {
	}

	/** The text's words, lower case, in order. */
	static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * A name's words: {@code getCurrentWeather}, {@code get_weather},
	 * {@code get-weather}.
	 */
	static List<String> ofName(String name) {
		return of(CAMEL.matcher(name).replaceAll(" ").replace('_', ' ').replace('-', ' '));
	}

	/**
	 * A word's stem for comparisons (lower case, without a possessive {@code 's}, then
	 * {@link Stems#of}).
	 */
	static String stem(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.endsWith("'s")) {
			w = w.substring(0, w.length() - 2);
		}
		return Stems.of(w);
	}

	/** The texts in quotes, in order. */
	static List<String> quoted(String text) {
		List<String> quotes = new ArrayList<>();
		if (!hasQuote(text)) {
			return quotes;
		}
		Matcher matcher = QUOTED.matcher(text);
		while (matcher.find()) {
			for (int group = 1; group <= matcher.groupCount(); group++) {
				if (matcher.group(group) != null) {
					quotes.add(matcher.group(group));
				}
			}
		}
		return quotes;
	}

	static boolean hasQuote(String text) {
		for (int i = 0; i < text.length(); i++) {
			if ("\"'`“‘".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** A number written in digits or words ({@code 12}, {@code twelve}), or null. */
	static @Nullable Integer number(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.matches("\\d{1,9}")) {
			return Integer.valueOf(t);
		}
		return NUMBER_WORDS.get(t);
	}

	/** The text with its first letter in upper case. */
	static String capitalize(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int first = text.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(text.substring(Character.charCount(first)))
			.toString();
	}

	/** The text without the sentence punctuation that ends it. */
	static String trimEnd(String text) {
		int end = text.length();
		while (end > 0
				&& (Character.isWhitespace(text.charAt(end - 1)) || ".!?;:,".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return text.substring(0, end).strip();
	}

}
