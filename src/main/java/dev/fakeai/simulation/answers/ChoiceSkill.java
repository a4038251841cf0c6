package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Answers constrained to a choice: "answer yes or no" and multiple choice ("A) ... B)
 * ...", "choose one: red, green or blue"). What the other skills or a check can decide (a
 * capital, a sum, whether a number is prime, even or greater) is answered rightly; else
 * the choice follows from the question (the same for every choice of a request, so
 * choices never differ in what they claim). {@code logit_bias} decides among the options:
 * +100 on an option's first token makes it the answer, -100 bans it.
 */
final class ChoiceSkill implements Skill {

	static final int FORCE = 100;

	private static final Pattern YES_NO = Pattern
		.compile("\\b(?:answer|reply|respond)(?: only)?(?: with)?(?: a)?(?: simple)?"
				+ "(?: just)?:? ['\"]?yes['\"]? or ['\"]?no['\"]?\\b|\\(yes or no\\)|\\byes or no\\s*[?:.]|\\byes/no\\b");

	private static final Pattern OPTION = Pattern
		.compile("(?:^|\\s|\\()([A-Da-d])[).:]\\s+([^\\n]+?)(?=\\s+\\(?[A-Da-d][).:]\\s|\\n|$)");

	private static final Pattern ONE_OF = Pattern
		.compile("\\b(?:choose|pick|select) (?:one|1)(?: of| from)?" + "(?: the following)?:?\\s+(.+?)[.?!]?$");

	private static final Pattern LETTER_ONLY = Pattern
		.compile("\\b(?:only|just) (?:the|with the|a) (?:letter|option letter|number)|\\bletter only\\b");

	private static final Pattern IS_CAPITAL = Pattern
		.compile("\\bis ([\\p{L}' .-]+?) the capital(?: city)? of ([\\p{L}' .-]+?)$");

	private final Function<Ask, @Nullable Answer> chain;

	ChoiceSkill(Function<Ask, @Nullable Answer> chain) {
		this.chain = chain;
	}

	@Override
	public @Nullable Answer answer(Ask ask) {
		Matcher yesNo = YES_NO.matcher(ask.lower);
		if (ask.lower.contains("yes") && yesNo.find()) {
			String stem = (ask.lower.substring(0, yesNo.start()) + " " + ask.lower.substring(yesNo.end())).strip();
			Boolean known = decide(Words.trimEnd(stem.replaceFirst("^[\\s:,.-]+", "")));
			String answer = choose(ask, (known != null) ? List.of(known ? "Yes" : "No") : List.of("Yes", "No"));
			return (answer != null) ? new Answer(answer + ".", answer) : null;
		}
		List<String[]> options = options(ask.prompt);
		if (options.size() < 2) {
			return null;
		}
		boolean letters = options.get(0)[0] != null;
		String stem = stemOf(ask.prompt, options);
		Answer known = stem.isBlank() ? null : this.chain.apply(ask.withPrompt(stem));
		List<String> candidates = new ArrayList<>();
		for (String[] option : options) {
			if (known != null && option[1].toLowerCase(Locale.ROOT).contains(known.core().toLowerCase(Locale.ROOT))) {
				candidates = List.of(label(option, letters && LETTER_ONLY.matcher(ask.lower).find()));
				break;
			}
			candidates.add(label(option, letters && LETTER_ONLY.matcher(ask.lower).find()));
		}
		String answer = choose(ask, candidates);
		return (answer != null) ? Answer.of(answer) : null;
	}

	private static String label(String[] option, boolean letterOnly) {
		if (option[0] == null) {
			return option[1];
		}
		return letterOnly ? option[0] : option[0] + ") " + option[1];
	}

	/** A seeded choice among candidates, after the bias bans some or forces one. */
	private static @Nullable String choose(Ask ask, List<String> candidates) {
		List<String> allowed = new ArrayList<>();
		for (String candidate : candidates) {
			int bias = ask.bias.of(candidate);
			if (bias >= FORCE) {
				return candidate;
			}
			if (bias > -FORCE) {
				allowed.add(candidate);
			}
		}
		if (allowed.isEmpty()) {
			return null;
		}
		return allowed.get(Math.floorMod(mix(ask.prompt.hashCode()), allowed.size()));
	}

	/**
	 * A well-spread value of a prompt's hash: the pick nothing decides depends on the
	 * question, not on the choice, so the {@code n} choices of a request agree on it.
	 */
	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/**
	 * The options of a multiple-choice prompt: {label, text}, label null for "choose one
	 * of".
	 */
	private static List<String[]> options(String prompt) {
		List<String[]> options = new ArrayList<>();
		String lower = prompt.toLowerCase(Locale.ROOT);
		boolean lettered = lower.contains("b)") || lower.contains("b.") || lower.contains("b:");
		if (!lettered && !lower.contains("choose") && !lower.contains("pick") && !lower.contains("select")) {
			return options;
		}
		Matcher matcher = OPTION.matcher(prompt);
		while (matcher.find()) {
			options.add(new String[] { matcher.group(1), Words.trimEnd(matcher.group(2)) });
		}
		if (options.size() >= 2) {
			return options;
		}
		options.clear();
		Matcher oneOf = ONE_OF.matcher(prompt.toLowerCase(Locale.ROOT));
		if (oneOf.find()) {
			String list = prompt.substring(oneOf.start(1), oneOf.end(1));
			for (String item : list.split("\\s*,\\s*(?:or\\s+)?|\\s+or\\s+")) {
				if (!item.isBlank()) {
					options.add(new String[] { null, Words.trimEnd(item) });
				}
			}
		}
		return options;
	}

	private static String stemOf(String prompt, List<String[]> options) {
		Matcher matcher = OPTION.matcher(prompt);
		int end = matcher.find() ? matcher.start() : prompt.length();
		String stem = prompt.substring(0, end);
		Matcher oneOf = ONE_OF.matcher(stem.toLowerCase(Locale.ROOT));
		return (oneOf.find() ? stem.substring(0, oneOf.start()) : stem).strip();
	}

	/** Whether a yes/no question's answer can be checked, and what it is; null if not. */
	private @Nullable Boolean decide(String stem) {
		Matcher capital = IS_CAPITAL.matcher(stem);
		if (capital.find()) {
			Knowledge.Country country = Knowledge.get().country(capital.group(2).strip());
			if (country != null) {
				return country.capitals().stream().anyMatch((c) -> c.equalsIgnoreCase(capital.group(1).strip()));
			}
		}
		return NumberChecks.decide(stem);
	}

}
