package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A joke when one is asked for ("Tell me a joke", "a joke about cats"): one about the
 * asked topic when the table has one, else a seeded pick ({@code jokes.tsv}).
 */
final class JokeSkill implements Skill {

	private static final Pattern ASK = Pattern
		.compile("^(?:please |can you |could you )*(?:tell|give|share)(?: me| us)? (?:a|an|one|another)"
				+ "(?: (?:short|funny|good|quick|clean|silly|dad|bad))* joke(?:(?: about| on)(?: an?| the)? ([\\w ]+?))?[\\s.?!]*$");

	@Override
	public @Nullable Answer answer(Ask ask) {
		if (!ask.question.contains("joke")) {
			return null;
		}
		Matcher matcher = ASK.matcher(ask.question);
		if (!matcher.matches()) {
			return null;
		}
		List<Knowledge.Joke> jokes = Knowledge.get().jokes;
		List<Knowledge.Joke> about = new ArrayList<>();
		if (matcher.group(1) != null) {
			for (String word : Words.of(matcher.group(1))) {
				for (Knowledge.Joke joke : jokes) {
					boolean fits = joke.topics()
						.stream()
						.anyMatch((topic) -> Words.stem(topic).equals(Words.stem(word)));
					if (fits && !about.contains(joke)) {
						about.add(joke);
					}
				}
			}
		}
		List<Knowledge.Joke> pool = about.isEmpty() ? jokes : about;
		Knowledge.Joke joke = pool.get(ask.pick(pool.size()));
		return Answer.of(joke.setUp() + " " + joke.punchline());
	}

}
