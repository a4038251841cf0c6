package dev.fakeai.simulation.answers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Questions about the present a model cannot know without a tool: the weather, the time
 * or date, news, prices, scores ("What's the weather in Paris?" with no tool offered).
 * Answered as a model answers them: it has no real-time information, and says what would
 * help. With a fitting tool offered, the tool is called instead (the engine decides that
 * first).
 */
final class RealTimeSkill implements Skill {

	private static final Pattern WEATHER = Pattern.compile("\\b(?:weather|forecast|temperature|raining|snowing)\\b"
			+ "(?:.*?\\b(?:in|at|for) ([\\p{Lu}][\\p{L}' .-]+?))?[\\s?.!]*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME = Pattern.compile("^(?:what|what's|whats)(?: is)? (?:the )?(?:current |local )?"
			+ "(?:time|date|day)(?: is it)?(?: today| now| right now)?(?: in ([\\p{L}' .-]+?))?[\\s?.!]*$|^what day is (?:it|today)\\b");

	private static final Pattern MARKETS = Pattern
		.compile("\\b(?:stock price|share price|price of (?:bitcoin|gold|oil)|"
				+ "latest news|today's news|news today|headlines|exchange rate|score of (?:the|last night's))\\b");

	private static final List<String> CUES = List.of("weather", "forecast", "temperature", "raining", "snowing", "time",
			"date", "day", "price", "news", "headlines", "exchange rate", "score");

	@Override
	public @Nullable Answer answer(Ask ask) {
		String question = ask.question;
		if (CUES.stream().noneMatch(question::contains) || question.length() > 200) {
			return null;
		}
		Matcher weather = WEATHER.matcher(ask.prompt);
		if (question.startsWith("what") || question.startsWith("how") || question.startsWith("is it")
				|| question.startsWith("will it") || question.startsWith("tell me")) {
			if (weather.find()) {
				String where = (weather.group(1) != null) ? " in " + Words.trimEnd(weather.group(1)) : "";
				return Answer.of("I don't have access to real-time data, so I can't tell you the current weather"
						+ where + ". A weather service or app will have the latest forecast.");
			}
		}
		if (TIME.matcher(question).find()) {
			return Answer.of("I don't have access to a clock or real-time data, so I can't tell you the current "
					+ "date or time. Your device's clock will show it.");
		}
		if (MARKETS.matcher(question).find()) {
			return Answer.of("I don't have access to real-time data such as prices, news or scores. "
					+ "A live source will have the latest figures.");
		}
		return null;
	}

}
