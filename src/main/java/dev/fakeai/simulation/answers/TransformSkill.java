package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Simple transformations of a given text (quoted, or after a colon): upper, lower and
 * title case, reversed, its words reversed or sorted, and counts of its letters, words or
 * of one letter ("How many r's are in 'strawberry'?").
 */
final class TransformSkill implements Skill {

	private static final Pattern LETTER_COUNT = Pattern
		.compile("\\bhow many (?:times does (?:the letter )?)?['\"]?([a-z])['\"]?(?:'s|s)?\\b(?: letters?)?"
				+ "(?: (?:are|appear|occur))?(?: there)? in(?: the word)? ['\"“]?([\\p{L}-]+)['\"”]?");

	private static final Pattern COUNT = Pattern
		.compile("\\bhow many (letters|characters|chars|words|vowels)(?: are| does)?(?: there)? (?:in|does)\\b");

	private static final Pattern SORT_NUMBERS = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	@Override
	public @Nullable Answer answer(Ask ask) {
		String lower = ask.lower;
		Matcher letter = LETTER_COUNT.matcher(lower);
		if (lower.contains("how many") && letter.find()) {
			String word = letter.group(2);
			String target = letter.group(1);
			long count = word.chars().filter((c) -> c == target.charAt(0)).count();
			return new Answer(
					"There " + ((count == 1) ? "is 1 \"" + target + "\"" : "are " + count + " \"" + target + "\"s")
							+ " in \"" + word + "\".",
					Long.toString(count));
		}
		String text = (ask.prompt.length() <= 1_000) ? subject(ask.prompt) : null;
		if (text == null) {
			return null;
		}
		Matcher count = COUNT.matcher(lower);
		if (count.find()) {
			long n = switch (count.group(1)) {
				case "words" -> text.isBlank() ? 0 : text.strip().split("\\s+").length;
				case "vowels" -> text.toLowerCase(Locale.ROOT).chars().filter((c) -> "aeiou".indexOf(c) >= 0).count();
				case "letters" -> text.codePoints().filter(Character::isLetter).count();
				default -> text.codePointCount(0, text.length());
			};
			return new Answer("\"" + text + "\" has " + n + " " + count.group(1) + ".", Long.toString(n));
		}
		String result = transform(lower, text);
		return (result != null) ? Answer.of(result) : null;
	}

	private static @Nullable String transform(String lower, String text) {
		if (lower.matches(
				"(?s).*\\b(?:upper ?case|uppercase|all caps|capital letters|capitalise all|capitalize all)\\b.*")) {
			return text.toUpperCase(Locale.ROOT);
		}
		if (lower.matches("(?s).*\\b(?:lower ?case|lowercase|small letters)\\b.*")) {
			return text.toLowerCase(Locale.ROOT);
		}
		if (lower.matches("(?s).*\\b(?:title case|capitali[sz]e (?:each|every|the first letter of each) word)\\b.*")) {
			List<String> words = new ArrayList<>();
			for (String word : text.split(" ")) {
				words.add(Words.capitalize(word.toLowerCase(Locale.ROOT)));
			}
			return String.join(" ", words);
		}
		if (lower.matches("(?s).*\\breverse (?:the )?order of (?:the )?words\\b.*")) {
			List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
			Collections.reverse(words);
			return String.join(" ", words);
		}
		if (lower.matches("(?s).*(?:\\breverse (?:the |this |that |following )?(?:string|word|text|sentence|letters|"
				+ "characters|name)\\b|\\breverse it\\b|\\bbackwards?\\b|\\bin reverse\\b|\\breverse\\s*['\":“]).*")) {
			return new StringBuilder(text).reverse().toString();
		}
		if (lower.matches("(?s).*\\bsort (?:these|the following|the|this|them|alphabetically|in)\\b.*")) {
			return sorted(lower, text);
		}
		return null;
	}

	private static String sorted(String lower, String text) {
		boolean descending = lower.contains("descending") || lower.contains("largest to smallest")
				|| lower.contains("reverse alphabetical") || lower.contains("z to a");
		String[] parts = text.split(text.contains(",") ? "\\s*,\\s*" : "\\s+");
		List<String> items = new ArrayList<>(Arrays.asList(parts));
		items.removeIf(String::isBlank);
		boolean numbers = items.stream().allMatch((item) -> SORT_NUMBERS.matcher(item).matches());
		if (numbers) {
			items.sort((a, b) -> new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)));
		}
		else {
			items.sort(String.CASE_INSENSITIVE_ORDER);
		}
		if (descending) {
			Collections.reverse(items);
		}
		return String.join(", ", items);
	}

	/** The text a transformation is asked of: quoted, else after a colon, else null. */
	private static @Nullable String subject(String prompt) {
		List<String> quotes = Words.quoted(prompt);
		if (!quotes.isEmpty()) {
			return quotes.get(quotes.size() - 1);
		}
		int colon = prompt.indexOf(':');
		if (colon > 0 && colon < prompt.length() - 1) {
			String after = prompt.substring(colon + 1).strip();
			return after.isEmpty() ? null : after;
		}
		return null;
	}

}
