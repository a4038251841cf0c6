package dev.fakeai.simulation.answers;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Say, repeat, echo, "reply with only ...": the given text back. Strong wordings come
 * early in the chain: quoted text after say, print, output, return or type; anything
 * after repeat, echo or "say exactly"; a quoted text, a single word or "the word X" after
 * reply, respond or answer with. A bare "say ..." at the start comes last, after the
 * skills that may know better ("say hello in French").
 */
final class EchoSkill implements Skill {

	private static final Pattern STRONG = Pattern.compile("(?i)(?:^|[.!?\\n]\\s*)(?:please\\s+)?(?:now\\s+)?"
			+ "(repeat(?: after me)?|echo|say exactly|say back|write back|(?:reply|respond|answer)(?: back)? with|"
			+ "say|output|print|return|type|write)"
			+ "((?: only| exactly| just| back| the following| this)*)(?: the (word|words|phrase|text|sentence|string))?"
			+ "[:\\s]+(.+)");

	private static final Pattern WEAK = Pattern.compile("(?i)^(?:please\\s+)?(?:just\\s+)?say(?: only| just)?"
			+ "(?: the (?:word|words|phrase|text|sentence))?[:\\s]+(.+)");

	/** What follows a verb that asks for a format or a kind of answer, not for a text. */
	private static final Pattern NOT_A_TEXT = Pattern
		.compile("(?i)^(?:only |just |exactly )*(?:the |a |an |one |your )?"
				+ "(?:number|numbers|digit|word|single word|letter|answer|result|yes|no|json|list|sentence|paragraph|"
				+ "summary|short|brief|one|something|anything|some|more|few|poem|story|essay|code|function|program|"
				+ "how|what|why|who|when|where|which|in |true|false|hello in|goodbye in|thank you in|thanks in)\\b");

	/** Words without which nothing is asked to be said back. */
	private static final List<String> VERBS = List.of("repeat", "echo", "say", "reply", "respond", "answer", "output",
			"print", "return", "type", "write");

	/** The verbs that take an unquoted text; the others take only a quoted one. */
	private static final List<String> ANY_TEXT = List.of("repeat", "echo", "say exactly", "say back", "write back",
			"reply", "respond", "answer");

	private final boolean strong;

	EchoSkill(boolean strong) {
		this.strong = strong;
	}

	@Override
	public @Nullable Answer answer(Ask ask) {
		return this.strong ? strong(ask) : weak(ask);
	}

	private static @Nullable Answer strong(Ask ask) {
		boolean quoted = Words.hasQuote(ask.prompt);
		if (VERBS.stream().noneMatch(ask.lower::contains)
				|| !quoted && ANY_TEXT.stream().noneMatch(ask.lower::contains)) {
			return null;
		}
		Matcher matcher = STRONG.matcher(ask.prompt);
		while (matcher.find()) {
			String verb = matcher.group(1).toLowerCase(Locale.ROOT);
			String rest = matcher.group(4).strip();
			if (rest.isEmpty()) {
				continue;
			}
			List<String> quotes = Words.quoted(rest);
			if (!quotes.isEmpty() && startsWithQuote(rest)) {
				return Answer.of(quotes.get(0));
			}
			if (verb.startsWith("repeat") || verb.equals("echo") || verb.contains("exactly") || verb.contains("back")) {
				return text(rest);
			}
			String word = firstSentence(rest);
			boolean named = matcher.group(3) != null;
			if (verb.endsWith(" with") && !NOT_A_TEXT.matcher(rest).find()
					&& (named || !word.isEmpty() && !word.contains(" "))) {
				return Answer.of(word);
			}
		}
		return null;
	}

	private static @Nullable Answer weak(Ask ask) {
		Matcher matcher = WEAK.matcher(ask.prompt);
		if (!matcher.find()) {
			return null;
		}
		String rest = matcher.group(1).strip();
		if (rest.isEmpty() || NOT_A_TEXT.matcher(rest).find()) {
			return null;
		}
		return text(rest);
	}

	private static @Nullable Answer text(String rest) {
		String text = firstSentence(rest);
		if (text.isEmpty()) {
			return null;
		}
		if (!text.contains(" ")) {
			return Answer.of(text);
		}
		String sentence = Words.capitalize(text);
		return new Answer(sentence + ".", sentence);
	}

	private static boolean startsWithQuote(String text) {
		return "\"'`“‘".indexOf(text.charAt(0)) >= 0;
	}

	private static String firstSentence(String text) {
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || ((c == '.' || c == '!' || c == '?')
					&& (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
				end = i;
				break;
			}
		}
		return Words.trimEnd(text.substring(0, end));
	}

}
