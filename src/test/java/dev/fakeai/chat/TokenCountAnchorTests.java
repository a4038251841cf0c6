package dev.fakeai.chat;

import dev.fakeai.engine.GenerationEngine;

import dev.fakeai.models.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token counts held to figures from outside this project, so a wrong encoding or a wrong
 * message overhead fails here. The figures come from OpenAI's cookbook notebook "How to
 * count tokens with tiktoken" (openai/openai-cookbook,
 * {@code examples/How_to_count_tokens_with_tiktoken.ipynb}): tiktoken's own output for
 * the strings, and the {@code prompt_tokens} the real API returned for the example
 * conversations.
 */
class TokenCountAnchorTests {

	/** The cookbook's example conversation, with {@code name} fields. */
	private static final String CONVERSATION = """
			[{"role": "system", "content": "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."},
			 {"role": "system", "name": "example_user", "content": "New synergies will help drive top-line growth."},
			 {"role": "system", "name": "example_assistant", "content": "Things working well together will increase revenue."},
			 {"role": "system", "name": "example_user", "content": "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."},
			 {"role": "system", "name": "example_assistant", "content": "Let's talk later when we're less busy about how to do better."},
			 {"role": "user", "content": "This late pivot means we don't have time to boil the ocean for the client deliverable."}]""";

	/** The cookbook's weather tool and conversation. */
	private static final String TOOLS = """
			"tools": [{"type": "function", "function": {"name": "get_current_weather",
			  "description": "Get the current weather in a given location", "parameters": {"type": "object",
			  "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
			   "unit": {"type": "string", "description": "The unit of temperature to return", "enum": ["celsius", "fahrenheit"]}},
			  "required": ["location"]}}}],
			"messages": [{"role": "system", "content": "You are a helpful assistant that can answer to questions about the weather."},
			 {"role": "user", "content": "What's the weather like in San Francisco?"}]""";

	private final GenerationEngine service = ChatFixtures.service();

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			tiktoken is great!            | CL100K_BASE | 6
			antidisestablishmentarianism  | CL100K_BASE | 6
			2 + 2 = 4                     | CL100K_BASE | 7
			お誕生日おめでとう              | CL100K_BASE | 9
			お誕生日おめでとう              | O200K_BASE  | 8
			""")
	void stringsCountAsTiktokenCountsThem(String text, Tokenizer tokenizer, int tokens) {
		assertThat(ChatFixtures.COUNTER.count(tokenizer, text)).isEqualTo(tokens);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "gpt-4, 129", "gpt-4-0613, 129", "gpt-4o, 124", "gpt-4o-mini, 124" })
	void aConversationCountsAsTheRealApiCountedIt(String model, int promptTokens) {
		ChatCompletion completion = ChatFixtures
			.complete(this.service,
					"{\"model\": \"" + model + "\", \"max_tokens\": 1, \"messages\": " + CONVERSATION + "}")
			.completion();

		assertThat(completion.usage().promptTokens()).isEqualTo(promptTokens);
	}

	@Test
	void aToolCountsAsTheRealApiCountedIt() {
		for (String[] expected : new String[][] { { "gpt-4", "105" }, { "gpt-4o", "101" }, { "gpt-4o-mini", "101" } }) {
			ChatCompletion completion = ChatFixtures
				.complete(this.service, "{\"model\": \"" + expected[0] + "\", " + TOOLS + "}")
				.completion();

			assertThat(completion.usage().promptTokens()).as(expected[0]).isEqualTo(Integer.parseInt(expected[1]));
		}
	}

}
