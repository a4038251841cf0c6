package dev.fakeai.it;

import dev.langchain4j.model.moderation.Moderation;
import dev.langchain4j.model.openai.OpenAiModerationModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI moderation model, as a guardrail would use it, against fakeai.
 */
class LangChain4jModerationTests {

	private final OpenAiModerationModel model = OpenAiModerationModel.builder()
		.baseUrl(ChatModelSuite.BASE_URL)
		.apiKey("sk-test")
		.modelName("omni-moderation-latest")
		.build();

	@Test
	void flagsWhatTheLexiconNamesAndPassesTheRest() {
		Moderation threat = this.model.moderate("I will find you. Watch your back.").content();
		Moderation benign = this.model.moderate("What is the capital of France?").content();

		assertThat(threat.flagged()).isTrue();
		assertThat(threat.flaggedText()).isEqualTo("I will find you. Watch your back.");
		assertThat(benign.flagged()).isFalse();
	}

}
