package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each skill on its own: what it answers exactly, the near misses it must leave to the
 * composer, and that the same conversation and seed give the same answer.
 */
class AnswerEngineTests {

	private final AnswerEngine engine = new AnswerEngine();

	private String answer(String prompt) {
		return answer(prompt, TokenBias.NONE, 1);
	}

	private String answer(String prompt, TokenBias bias, long seed) {
		return this.engine.answer(new Conversation(List.of(Conversation.Turn.of("user", prompt))), bias,
				new SplittableRandom(seed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Say this is a test                          | This is a test.
			Say "Hello, world!"                         | Hello, world!
			Repeat after me: all good things            | All good things.
			Reply with only the word OK                 | OK
			Respond with 'PONG' and nothing else        | PONG
			Please echo: ping                           | ping
			Print "done"                                | done
			""")
	void echoGivesTheTextBack(String prompt, String expected) {
		assertThat(answer(prompt)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			What is 2 + 2?                              | 2 + 2 = 4.
			What is 12 * (3 + 4)?                       | 12 * (3 + 4) = 84.
			What's 7 times 8? Only the number.          | 56
			What is 10 / 4?                             | 10 / 4 = 2.5.
			What is 1 / 3?                              | 1 / 3 = 0.3333333333.
			What is 0.1 + 0.2?                          | 0.1 + 0.2 = 0.3.
			What is 2^64?                               | 2^64 = 18446744073709551616.
			What is five plus three?                    | 5 + 3 = 8.
			What is the sum of 1,250 and 750?           | 1250 + 750 = 2000.
			Subtract 8 from 20                          | 20 - 8 = 12.
			What is the square root of 2?               | √2 = 1.4142135624.
			What is 5 / 0?                              | Division by zero is undefined, so 5 / 0 has no value.
			""")
	void arithmeticIsExact(String prompt, String expected) {
		assertThat(answer(prompt)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Count from 1 to 5                           | 1, 2, 3, 4, 5
			Count to three, one per line                | 1\\n2\\n3
			Count from 10 to 30 by 10                   | 10, 20, 30
			Count down from 3                           | 3, 2, 1
			List the odd numbers between 1 and 9        | 1, 3, 5, 7, 9
			What are the first 6 square numbers?        | 1, 4, 9, 16, 25, 36
			Give me the first 4 multiples of 7          | 7, 14, 21, 28
			List the letters from a to e                | A, B, C, D, E
			""")
	void sequencesAreCounted(String prompt, String expected) {
		assertThat(answer(prompt)).isEqualTo(expected.replace("\\n", "\n"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Convert to uppercase: fake ai                    | FAKE AI
			Make this lowercase: SHOUTING                    | shouting
			Convert 'the old man and the sea' to title case  | The Old Man And The Sea
			Reverse the word "drawer"                        | reward
			Reverse the order of the words: one two three    | three two one
			Sort these numbers: 10, 2, 33, 4                 | 2, 4, 10, 33
			Sort the following in descending order: 3, 9, 1  | 9, 3, 1
			How many letters are in "banana"? Just the number. | 6
			How many s's are in "mississippi"? Only the number.| 4
			""")
	void transformationsOfAGivenText(String prompt, String expected) {
		assertThat(answer(prompt)).isEqualTo(expected);
	}

	@Test
	void listsHaveTheAskedCountAndFixedListsTheirOrder() {
		assertThat(answer("List the seasons")).isEqualTo("1. Spring\n2. Summer\n3. Autumn\n4. Winter");
		assertThat(answer("Name the first 3 planets")).isNull();
		assertThat(answer("Name 3 planets, comma-separated")).isEqualTo("Mercury, Venus, Earth");
		assertThat(answer("List 12 planets")).startsWith("There are only 8 planets:\n1. Mercury");
		assertThat(answer("Name a colour")).matches("[A-Z][a-z]+");
		assertThat(answer("List 4 animals").split("\n")).hasSize(4);
		assertThat(answer("List 4 animals", TokenBias.NONE, 1)).isEqualTo(answer("List 4 animals", TokenBias.NONE, 1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			What is the capital of Kenya? One word.        | Nairobi
			capital of new zealand? one word               | Wellington
			What is the capital of Côte d'Ivoire? Just the city. | Yamoussoukro
			Which country is Canberra the capital of? Answer with only the country. | Australia
			What is the largest ocean? Only the answer.    | the Pacific Ocean
			How many bones are in an adult human body? Only the number. | 206
			""")
	void factsFromTheTables(String prompt, String expected) {
		assertThat(answer(prompt)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Translate 'thank you' to Korean              | 감사합니다 (Gamsahamnida)
			How would you say good night in Italian?     | Buonanotte
			Translate to Russian: hello                  | Здравствуйте (Zdravstvuyte)
			What is water in Hindi? One word.            | पानी (Paani)
			""")
	void phrasesInOtherLanguages(String prompt, String expected) {
		assertThat(answer(prompt)).contains(expected);
	}

	@Test
	void greetingsAndThanksInAnotherLanguageAreAnsweredInIt() {
		assertThat(answer("Hola, ¿qué tal?")).startsWith("¡Hola!");
		assertThat(answer("Danke!")).startsWith("Gern geschehen");
		assertThat(answer("こんにちは")).startsWith("こんにちは");
	}

	@Test
	void recallTakesTheLatestThingSaidAndNeverGuesses() {
		Conversation conversation = new Conversation(List.of(Conversation.Turn.of("user", "Hi, my name is Ada."),
				Conversation.Turn.of("assistant", "Hello Ada!"),
				Conversation.Turn.of("user", "Actually, call me Grace. I am 36 years old."),
				Conversation.Turn.of("assistant", "Noted."),
				Conversation.Turn.of("user", "What's my name? How old am I?")));
		assertThat(this.engine.answer(conversation, TokenBias.NONE, new SplittableRandom(1)))
			.isEqualTo("Your name is Grace.");
		assertThat(answer("How old am I?")).isEqualTo("You haven't told me how old you are yet.");
		assertThat(answer("My dog's name is Rex. What is my dog's name? Just the name.")).isEqualTo("Rex");
	}

	@Test
	void yesNoIsCheckedWhereItCanBeAndSeededElse() {
		assertThat(answer("Is 91 a prime number? Answer yes or no.")).isEqualTo("No.");
		assertThat(answer("Is 97 prime? Answer with yes or no.")).isEqualTo("Yes.");
		assertThat(answer("Is 3 + 4 equal to 7? (yes or no)")).isEqualTo("Yes.");
		assertThat(answer("Is 12 divisible by 5? Reply yes or no.")).isEqualTo("No.");
		List<String> unchecked = new ArrayList<>();
		for (String topic : List.of("jazz", "tea", "rain", "chess", "cats", "maths", "snow", "opera", "tennis",
				"sushi")) {
			String question = "Do you like " + topic + "? Answer yes or no.";
			unchecked.add(answer(question, TokenBias.NONE, 1));
			for (long seed = 2; seed <= 5; seed++) {
				assertThat(answer(question, TokenBias.NONE, seed)).as("every choice claims the same")
					.isEqualTo(unchecked.get(unchecked.size() - 1));
			}
		}
		assertThat(unchecked).containsOnly("Yes.", "No.").contains("Yes.", "No.");
	}

	@Test
	void logitBiasForcesOrBansAnOption() {
		TokenBias forceNo = (text) -> text.equals("No") ? 100 : 0;
		TokenBias banYes = (text) -> text.equals("Yes") ? -100 : 0;
		TokenBias banB = (text) -> text.equals("B") ? -100 : 0;
		for (long seed = 1; seed <= 10; seed++) {
			assertThat(answer("Do you like jazz? Answer yes or no.", forceNo, seed)).isEqualTo("No.");
			assertThat(answer("Do you like jazz? Answer yes or no.", banYes, seed)).isEqualTo("No.");
			assertThat(answer("Which is best? A) tea B) coffee. Answer with only the letter.", banB, seed))
				.isEqualTo("A");
		}
	}

	@Test
	void multipleChoicePicksTheOptionOtherSkillsKnow() {
		assertThat(answer("What is 6 * 7?\nA) 36\nB) 42\nC) 48\nAnswer with just the letter.")).isEqualTo("B");
		assertThat(answer("What is the capital of Peru? A) Lima B) Quito")).isEqualTo("A) Lima");
		assertThat(answer("Choose one: red, green or blue")).isIn("red", "green", "blue");
	}

	@Test
	void jsonWithTheAskedKeysFilledFromThePrompt() {
		assertThat(answer("Extract as JSON with keys name, city and age: Maria lives in Madrid and is 41."))
			.isEqualTo("{\"name\":\"Maria\",\"city\":\"Madrid\",\"age\":41}");
		assertThat(answer("Reply in JSON like {\"answer\": ...}: what is 9 * 9?")).isEqualTo("{\"answer\":81}");
		assertThat(answer("Give me the email in JSON with an 'email' field: write to ada@example.com"))
			.isEqualTo("{\"email\":\"ada@example.com\"}");
	}

	@Test
	void jokesAreAboutTheAskedTopicWhenOneIs() {
		assertThat(answer("Tell me a joke about cats"))
			.isEqualTo("Why did the cat sit on the computer? To keep an eye on the mouse.");
		assertThat(answer("Can you tell me a funny joke?")).contains("?").endsWith(".");
		assertThat(answer("Why is this joke funny?")).isNull();
		assertThat(answer("Tell me about the history of jokes")).isNull();
	}

	@Test
	void questionsAboutThePresentAreAnsweredAsAModelWithoutToolsAnswersThem() {
		assertThat(answer("What's the weather in Paris?")).isEqualTo(
				"I don't have access to real-time data, so I can't tell you the current weather in Paris. A weather service or app will have the latest forecast.");
		assertThat(answer("What time is it?")).startsWith("I don't have access to a clock");
		assertThat(answer("What is the stock price of Apple?")).startsWith("I don't have access to real-time data");
		assertThat(answer("Explain how weather forecasts are made")).isNull();
		assertThat(answer("What is the history of the calendar date system?")).isNull();
	}

	@Test
	void afterToolResultsTheAnswerStatesTheirValues() {
		Conversation conversation = new Conversation(List.of(Conversation.Turn.of("user", "Weather in Paris?"),
				new Conversation.Turn("assistant", "", null, null), new Conversation.Turn("tool",
						"{\"temperature\": 22, \"condition\": \"sunny\"}", "get_weather", "{\"city\": \"Paris\"}")));
		assertThat(this.engine.answer(conversation, TokenBias.NONE, new SplittableRandom(1)))
			.isEqualTo("According to get_weather for Paris: temperature is 22, condition is sunny.");
	}

	@Test
	void aLargeToolResultIsStatedInPart() {
		String big = "[" + "1,".repeat(100_000) + "1]";
		Conversation conversation = new Conversation(
				List.of(Conversation.Turn.of("user", "Numbers?"), new Conversation.Turn("tool", big, "numbers", null),
						new Conversation.Turn("tool", "x".repeat(100_000), "text", null)));
		String answer = this.engine.answer(conversation, TokenBias.NONE, new SplittableRandom(1));
		assertThat(answer).hasSizeLessThan(5_000).contains("According to numbers: 1, 1, 1").contains("...");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Explain photosynthesis", "Write a Python function that adds two numbers",
			"Say something nice about Mondays", "What is the capital gains tax in France?",
			"Tell me about the history of Rome", "Count the ways I love thee", "Write a poem about the number 7",
			"What is the largest planet's biggest moon?",
			"Translate this contract into French: the party of the first part",
			"Reverse engineering: where do I start?", "My name is on the list. Why?", "Sort out my week for me",
			"What is 2024-01-05 in words?", "Is it a good idea to learn Rust?", "Reply with a haiku about autumn",
			"Name some famous scientists", "How many people live in Tokyo?", "Who is the president of France?",
			"Give me the first 4 multiples of 99999999999999999999" })
	void nearMissesAreLeftToTheComposer(String prompt) {
		assertThat(answer(prompt)).isNull();
	}

	@Test
	void aPromptAskedAgainIsAnsweredAlikeWhateverItsHistoryAndTools() {
		String question = "What is my name?";
		assertThat(answer(question)).isEqualTo("You haven't told me your name yet.");
		Conversation told = new Conversation(List.of(Conversation.Turn.of("user", "My name is Ada."),
				Conversation.Turn.of("assistant", "Hi Ada."), Conversation.Turn.of("user", question)));
		assertThat(this.engine.answer(told, TokenBias.NONE, new SplittableRandom(1))).isEqualTo("Your name is Ada.");
		assertThat(answer("Explain photosynthesis")).isNull();
		Conversation afterTool = new Conversation(List.of(Conversation.Turn.of("user", "Explain photosynthesis"),
				new Conversation.Turn("tool", "{\"source\": \"textbook\"}", "lookup", null)));
		assertThat(this.engine.answer(afterTool, TokenBias.NONE, new SplittableRandom(1)))
			.isEqualTo("According to lookup: source is textbook.");
	}

	@Test
	void theSameConversationAndSeedGiveTheSameAnswer() {
		for (String prompt : List.of("What is the capital of France?", "List 3 colours", "Choose one: a, b or c")) {
			for (long seed = 1; seed <= 5; seed++) {
				assertThat(answer(prompt, TokenBias.NONE, seed)).isEqualTo(answer(prompt, TokenBias.NONE, seed));
			}
		}
	}

}
