package dev.fakeai.simulation.answers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Everyday phrases in other languages ("Translate 'hello' to French", "How do you say
 * thank you in Japanese?", "Say goodbye in Spanish"), and a greeting or thanks written in
 * another language answered in that language. Only the phrases of the table: any other
 * text to translate is left to the composer.
 */
final class PhraseSkill implements Skill {

	private static final Pattern TRANSLATE = Pattern.compile("^(?:please |can you |could you )*(?:translate|say|"
			+ "how (?:do|would|can) (?:you|i|we|one) say|what(?:'s| is)(?: the word for)?)[:\\s]+(.+?)\\s+"
			+ "(?:in|to|into) ([\\p{L}]+)(?: language)?[\\s?.!]*$");

	private static final Pattern TRANSLATE_TO = Pattern
		.compile("^(?:please )?translate (?:this |the following )?(?:in|to|into) ([\\p{L}]+)[:\\s]+(.+?)[\\s?.!]*$");

	@Override
	public @Nullable Answer answer(Ask ask) {
		Answer reply = greeting(ask.lower);
		if (reply != null) {
			return reply;
		}
		String last = Words.trimEnd(ask.question);
		last = last.substring(last.lastIndexOf(' ') + 1);
		if (!ask.question.startsWith("translate") && !Knowledge.get().languages.containsKey(last)
				&& !last.equals("language")) {
			return null;
		}
		String phrase;
		String language;
		Matcher to = TRANSLATE_TO.matcher(ask.question);
		Matcher translate = TRANSLATE.matcher(ask.question);
		if (to.matches()) {
			language = to.group(1);
			phrase = to.group(2);
		}
		else if (translate.matches()) {
			phrase = translate.group(1);
			language = translate.group(2);
		}
		else {
			return null;
		}
		String column = Knowledge.get().languages.get(language.toLowerCase(Locale.ROOT));
		List<String> quotes = Words.quoted(phrase);
		String wording = Words.trimEnd((quotes.isEmpty() ? phrase : quotes.get(0)).toLowerCase(Locale.ROOT))
			.replaceFirst("^(?:the (?:word|phrase) )", "")
			.replaceAll("[\"'“”‘’]", "");
		Map<String, String> translations = Knowledge.get().phrases.get(wording);
		if (column == null || translations == null) {
			return null;
		}
		String translation = translations.get(column);
		String english = Words.capitalize(wording);
		return new Answer("\"" + english + "\" in " + Words.capitalize(column) + " is \"" + translation + "\".",
				translation);
	}

	private static @Nullable Answer greeting(String lower) {
		if (lower.length() > 48) {
			return null;
		}
		String text = Words.trimEnd(lower);
		for (Knowledge.Greeting greeting : Knowledge.get().greetings) {
			for (String start : greeting.starts()) {
				if (text.equals(start) || text.startsWith(start + " ") || text.startsWith(start + "!")
						|| text.startsWith(start + ",")) {
					return Answer.of(greeting.reply());
				}
			}
		}
		return null;
	}

}
