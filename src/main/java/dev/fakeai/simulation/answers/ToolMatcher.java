package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the tools a request asks for: each tool's name (split on camelCase, snake_case
 * and kebab-case) and description against the request's words, by stem and by words that
 * name the same need ({@code tool-words.tsv}: "Is it raining in Oslo?" fits
 * {@code getWeather}). A request that asks for several things ("the weather in Paris and
 * London", "the weather in Rome and the time in Tokyo") is split into clauses, one call
 * each; a clause that names no tool but a place or a quote takes the tool of the clause
 * before it.
 */
public final class ToolMatcher {

	/**
	 * A tool offered to the model.
	 *
	 * @param name its name
	 * @param description what it does
	 */
	public record Offered(String name, String description) {
	}

	/**
	 * A call to make.
	 *
	 * @param tool the index of the tool among those offered
	 * @param clause the part of the request it is for
	 */
	public record Call(int tool, String clause) {
	}

	/**
	 * Where a request's clauses part: after a sentence, at a comma (not one before a
	 * state code, a country or a {@code name=value} pair), at "and", "also", "then".
	 */
	private static final Pattern CLAUSES = Pattern
		.compile("(?<=[.?!;])\\s+|\\s*,(?!\\s*(?:[A-Z]{2}\\b|[\\w-]+\\s*=|" + Knowledge.get().countryNames()
				+ "))\\s*(?:and\\s+)?(?:also\\s+)?|\\s+and\\s+(?:also\\s+)?|\\s+also\\s+|" + "\\s+then\\s+");

	private static final Set<String> GENERIC = Set.of("get", "set", "fetch", "retrieve", "return", "returns", "current",
			"given", "specified", "the", "a", "an", "for", "of", "in", "to", "and", "or", "tool", "function", "data",
			"information", "info", "using", "by", "with", "from", "on", "new", "is", "use", "call", "this", "that",
			"it", "value", "values", "based", "user", "api", "what", "whats", "what's", "how", "me", "my", "you",
			"your", "please", "can", "could", "would", "tell", "do", "does", "i", "like", "at", "be", "are", "there",
			"any", "about", "right", "now", "today", "some", "find", "show", "give", "check", "look");

	private ToolMatcher() {
	}

	/**
	 * The calls a request asks for, in the order it asks.
	 * @param prompt the request's text
	 * @param tools the tools offered (those allowed)
	 * @param max how many calls at most (1 unless parallel calls are allowed)
	 * @return the calls, none when no tool fits
	 */
	public static List<Call> match(String prompt, List<Offered> tools, int max) {
		List<Call> calls = new ArrayList<>();
		String text = (prompt.length() > AnswerEngine.MAX_PROMPT) ? prompt.substring(0, AnswerEngine.MAX_PROMPT)
				: prompt;
		int previous = -1;
		for (String clause : CLAUSES.split(text)) {
			if (calls.size() >= max || clause.isBlank()) {
				continue;
			}
			int best = best(clause, tools);
			if (best < 0 && previous >= 0 && namesSomething(clause)) {
				best = previous;
			}
			if (best >= 0) {
				calls.add(new Call(best, clause));
				previous = best;
			}
		}
		if (calls.isEmpty()) {
			int best = best(text, tools);
			if (best >= 0) {
				calls.add(new Call(best, text));
			}
		}
		return calls;
	}

	/** The best-fitting tool for a text, or -1 when none shares a word with it. */
	static int best(String text, List<Offered> tools) {
		Set<String> stems = stems(Words.of(text));
		Set<Integer> groups = groups(stems);
		if (ArithmeticSkill.digitBesideOperator(text)) {
			groups.addAll(groups(Set.of("calculate")));
		}
		int best = -1;
		int bestScore = 0;
		for (int i = 0; i < tools.size(); i++) {
			int score = score(tools.get(i), stems, groups);
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	private static int score(Offered tool, Set<String> stems, Set<Integer> groups) {
		Set<String> name = stems(Words.ofName(tool.name()));
		Set<String> description = stems(Words.of(tool.description()));
		int score = 0;
		for (String stem : stems) {
			score += name.contains(stem) ? 3 : description.contains(stem) ? 1 : 0;
		}
		Set<Integer> own = groups(name);
		own.addAll(groups(description));
		for (Integer group : groups) {
			if (own.contains(group)) {
				score += 2;
			}
		}
		return score;
	}

	private static Set<String> stems(List<String> words) {
		Set<String> stems = new HashSet<>();
		for (String word : words) {
			if (!GENERIC.contains(word) && word.length() > 1) {
				stems.add(Words.stem(word));
			}
		}
		return stems;
	}

	private static Set<Integer> groups(Set<String> stems) {
		Set<Integer> groups = new HashSet<>();
		for (String stem : stems) {
			Integer group = Knowledge.get().toolWords.get(stem);
			if (group != null) {
				groups.add(group);
			}
		}
		return groups;
	}

	private static boolean namesSomething(String clause) {
		return !Places.in(clause).isEmpty() || !Words.quoted(clause).isEmpty();
	}

}
