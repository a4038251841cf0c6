package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Whatever a prompt holds, the answer engine, the tool matcher and the slots answer or
 * decline and never throw: prompts stitched at random from every skill's cue words,
 * numbers, operators, quotes and punctuation, up to the longest prompt the skills read.
 */
class AnswerEngineRobustnessTests {

	private static final String[] PIECES = { "what is", "the capital of", "France", "count from", "to", "1", "0",
			"99999999999999999999", "-", "+", "*", "/", "^", "(", ")", "%", "sqrt", "√", "say", "repeat", "'", "\"",
			"“", "reply with", "only", "the number", "json", "keys", "name", "age", ":", ",", ".", "?", "!", "\n",
			"answer yes or no", "A)", "B)", "C.", "choose one", "or", "my name is", "I am", "I live in", "what is my",
			"translate", "into", "Japanese", "hello", "list", "colors", "planets", "first", "prime", "fibonacci",
			"uppercase", "reverse", "sort these", "how many", "letters", "in", "is", "divisible by", "greater than",
			"equal to", "{", "}", "=", "true", "A-1", "ada@example.com", "2026-12-24", "San Francisco, CA", "and",
			"then", "also", "weather", "é", "ß", "日本", "\t", "  " };

	private static final JsonNode SCHEMA = JsonMapper.builder()
		.build()
		.readTree("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"n\":{\"type\":\"integer\"},"
				+ "\"when\":{\"type\":\"string\",\"format\":\"date\"},\"unit\":{\"enum\":[\"celsius\",\"fahrenheit\"]},"
				+ "\"first_name\":{\"type\":\"string\"},\"to\":{\"type\":\"string\"}}}");

	@Test
	void randomPromptsNeverMakeItThrow() {
		AnswerEngine engine = new AnswerEngine();
		SplittableRandom random = new SplittableRandom(20261130);
		List<ToolMatcher.Offered> tools = List.of(new ToolMatcher.Offered("getWeather", "Weather for a city"),
				new ToolMatcher.Offered("sum", "returns a sum of two numbers"));
		for (int i = 0; i < 3_000; i++) {
			String prompt = prompt(random, (i % 100 == 0) ? 4_000 : 1 + random.nextInt(40));
			List<Conversation.Turn> turns = new ArrayList<>();
			turns.add(Conversation.Turn.of("user", prompt));
			if (i % 7 == 0) {
				turns.add(new Conversation.Turn("tool", prompt, "getWeather", prompt));
			}
			Conversation conversation = new Conversation(turns);
			long seed = i;
			TokenBias bias = (i % 3 == 0) ? (text) -> (text.hashCode() % 2 == 0) ? 100 : -100 : TokenBias.NONE;
			assertThatCode(() -> {
				engine.answer(conversation, bias, new SplittableRandom(seed));
				engine.jsonObject(conversation, bias, new SplittableRandom(seed));
				engine.fields(SCHEMA, conversation, bias, new SplittableRandom(seed));
				ToolMatcher.match(prompt, tools, 5);
				Slots.fill(SCHEMA, prompt, prompt);
			}).as(prompt).doesNotThrowAnyException();
		}
	}

	private static String prompt(SplittableRandom random, int pieces) {
		StringBuilder text = new StringBuilder();
		while (text.length() < 4_000 && pieces-- > 0) {
			text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
		}
		return text.toString();
	}

}
