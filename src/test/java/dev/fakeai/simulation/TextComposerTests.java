package dev.fakeai.simulation;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextComposerTests {

	private final TextComposer composer = new TextComposer();

	@Test
	void everyPlaceholderIsFilledWithThePromptsWords() {
		PromptTopic topic = PromptTopic.of("Why do leaves change colour in autumn?");
		for (long seed = 0; seed < 50; seed++) {
			String answer = this.composer.answer(topic, new SplittableRandom(seed));
			String reasoning = this.composer.reasoning(topic, new SplittableRandom(seed), 200);

			assertThat(answer + reasoning).as("seed %d", seed).doesNotContainPattern("\\{[sSkK][0-2]?\\}");
		}
		assertThat(this.composer.answer(topic, new SplittableRandom(3)).toLowerCase()).containsAnyOf("leaves", "colour",
				"autumn");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Write a Python function that reverses a string           | ```python     | def reverse_string(items):
					Write a JavaScript function to sort an array of numbers  | ```javascript | function sortArrayNumbers(items) {
					Implement a Java class for a bank account                | ```java       | public class BankAccount<T> {
					Write a SQL query to find users older than 30            | ```sql        | FROM users
					Write a Go function that sums a slice                    | ```go         | func sumSlice(items []string) []string {
					Write a C++ function that merges two vectors             | ```cpp        | std::vector<T> merge_two_vectors(
					Write a Rust function that counts words                  | ```rust       | fn count_words<T: Clone>(
					Write a bash script that backs up a directory            | ```bash       | back_up_directory() {
					Write a C# method that parses dates                      | ```csharp     | public static List<T> ParseDates<T>(
					Write a TypeScript function that filters users           | ```typescript | function filterUsers<T>(
					Write a Kotlin function that validates emails            | ```kotlin     | fun <T : Any> validateEmails(
					Write a function that checks if a number is prime        | ```python     | def check_number_prime(items):
					""")
	void codeIsInTheAskedLanguageAndNamedAfterTheTask(String prompt, String fence, String line) {
		PromptTopic topic = PromptTopic.of(prompt);

		String answer = this.composer.answer(topic, new SplittableRandom(1));

		assertThat(topic.intent()).isEqualTo(PromptTopic.Intent.CODE);
		assertThat(answer).contains(fence + "\n").contains(line);
		assertThat(answer.split("```", -1)).as("one closed code block").hasSize(3);
	}

	@Test
	void everyLanguageHasBothTemplatesFilled() {
		for (CodeLanguage language : CodeLanguage.all()) {
			for (String kind : new String[] { "function", "class" }) {
				String prompt = "Write a " + kind + " in " + language.display() + " that stores orders";
				PromptTopic topic = PromptTopic.of(prompt);
				String answer = this.composer.answer(topic, new SplittableRandom(2));
				assertThat(topic.code().language()).as(prompt).isEqualTo(language);
				assertThat(answer).as(prompt).doesNotContainPattern("\\{(name|Name|param|task|Task|table|column)\\}");
			}
		}
	}

}
