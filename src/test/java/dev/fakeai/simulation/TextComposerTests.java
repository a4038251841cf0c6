package dev.fakeai.simulation;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

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

}
