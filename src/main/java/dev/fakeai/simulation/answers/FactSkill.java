package dev.fakeai.simulation.answers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Facts from the shipped tables: the capital of every country ("What is the capital of
 * France?", "Paris is the capital of which country?") and the facts tutorials ask
 * ({@code facts.tsv}), each answered only when the question is about nothing else.
 */
final class FactSkill implements Skill {

	private static final Pattern CAPITAL_OF = Pattern
		.compile("\\bcapital(?: city)? of (?:the )?([\\p{L}' .-]+?)(?:\\?|$|\\.|,| and\\b| in\\b| is\\b)");

	private static final Pattern CAPITAL_OF_WHICH = Pattern
		.compile("^(?:what |which )?([\\p{L}' .-]+?) is the capital (?:city )?of (?:what|which) country");

	private static final Pattern COUNTRY_OF_CAPITAL = Pattern.compile(
			"\\b(?:which|what) country is ([\\p{L}' .-]+?) the capital(?: city)? of\\b|\\bof (?:which|what) country "
					+ "is ([\\p{L}' .-]+?) the capital\\b");

	/** How a question for a fact starts, or that it ends with a question mark. */
	private static final Pattern QUESTION = Pattern
		.compile("(?:who|what|which|how|name|tell|when|where|in which|in what)\\b|.*\\?\\s*$");

	/**
	 * The first three letters of every fact's first-term stems (all are three or longer).
	 */
	private static final Set<String> CUE_HEADS = Knowledge.get().facts.stream()
		.flatMap((fact) -> fact.required().get(0).stream())
		.map((stem) -> stem.substring(0, Math.min(3, stem.length())))
		.collect(Collectors.toUnmodifiableSet());

	/** A question of more words is about more than a fact. */
	private static final int MAX_WORDS = 16;

	private static final Set<String> FILLER = Set.of("what", "whats", "what's", "which", "who", "whom", "is", "are",
			"was", "were", "the", "a", "an", "of", "in", "on", "to", "for", "does", "do", "did", "how", "tell", "me",
			"please", "name", "can", "you", "there", "it", "its", "by", "as", "at", "our", "and", "from", "i", "know",
			"s", "has", "have", "with", "that", "this");

	@Override
	public @Nullable Answer answer(Ask ask) {
		Answer capital = capital(ask);
		return (capital != null) ? capital : fact(ask);
	}

	private static @Nullable Answer capital(Ask ask) {
		if (!ask.question.contains("capital")) {
			return null;
		}
		Matcher which = CAPITAL_OF_WHICH.matcher(ask.question);
		if (!which.find()) {
			which = COUNTRY_OF_CAPITAL.matcher(ask.question);
		}
		if (which.find(0)) {
			String city = ((which.group(1) != null) ? which.group(1) : (which.groupCount() > 1) ? which.group(2) : "")
				.strip();
			for (Knowledge.Country country : Knowledge.get().countries) {
				for (String name : country.capitals()) {
					if (name.equalsIgnoreCase(city)) {
						String land = country.names().get(0);
						return new Answer(country.capitals().get(0) + " is the capital of " + land + ".", land);
					}
				}
			}
			return null;
		}
		Matcher of = CAPITAL_OF.matcher(ask.question);
		if (!of.find()) {
			return null;
		}
		Knowledge.Country country = Knowledge.get().country(of.group(1).strip());
		if (country == null) {
			return null;
		}
		String land = country.names().get(0);
		String city = country.capitals().get(0);
		return (ask.pick(2) == 0) ? new Answer("The capital of " + land + " is " + city + ".", city)
				: new Answer(city + " is the capital of " + land + ".", city);
	}

	private static @Nullable Answer fact(Ask ask) {
		for (String sentence : Words.SENTENCES.split(ask.question)) {
			if (!QUESTION.matcher(sentence).lookingAt()) {
				continue;
			}
			Answer answer = fact(sentence);
			if (answer != null) {
				return answer;
			}
		}
		return null;
	}

	private static @Nullable Answer fact(String sentence) {
		if (!hasCueHead(sentence)) {
			return null;
		}
		if (Knowledge.get().facts.stream().noneMatch((fact) -> mayAsk(sentence, fact))) {
			return null;
		}
		if (sentence.chars().filter((c) -> c == ' ').count() >= MAX_WORDS) {
			return null;
		}
		List<String> words = Words.of(sentence);
		if (words.size() > MAX_WORDS) {
			return null;
		}
		Set<String> stems = new HashSet<>();
		for (String word : words) {
			if (!FILLER.contains(word)) {
				stems.add(Words.stem(word));
			}
		}
		for (Knowledge.Fact fact : Knowledge.get().facts) {
			if (matches(fact, stems)) {
				return new Answer(fact.full(), fact.core());
			}
		}
		return null;
	}

	/**
	 * Whether a word of the sentence starts with the first three letters of a fact's cue.
	 */
	private static boolean hasCueHead(String sentence) {
		for (int i = 0; i + 3 <= sentence.length(); i++) {
			boolean start = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
			if (start && Character.isLetterOrDigit(sentence.charAt(i))
					&& CUE_HEADS.contains(sentence.substring(i, i + 3))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence has the first term of a fact (its stem, less a letter, as text).
	 */
	private static boolean mayAsk(String sentence, Knowledge.Fact fact) {
		for (String stem : fact.required().get(0)) {
			String cue = (stem.length() <= 4) ? stem : stem.substring(0, stem.length() - 1);
			for (int at = sentence.indexOf(cue); at >= 0; at = sentence.indexOf(cue, at + 1)) {
				if (at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean matches(Knowledge.Fact fact, Set<String> stems) {
		Set<String> covered = new HashSet<>();
		for (List<String> term : fact.required()) {
			String hit = null;
			for (String alternative : term) {
				if (stems.contains(alternative)) {
					hit = alternative;
				}
			}
			if (hit == null) {
				return false;
			}
			covered.add(hit);
		}
		for (String stem : stems) {
			if (!covered.contains(stem) && !fact.optional().contains(stem)) {
				return false;
			}
		}
		return true;
	}

}
