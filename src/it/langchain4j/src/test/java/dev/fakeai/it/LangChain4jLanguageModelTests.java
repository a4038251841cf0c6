package dev.fakeai.it;

import dev.langchain4j.model.openai.OpenAiLanguageModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI language model (legacy completions) against fakeai.
 */
class LangChain4jLanguageModelTests {

	@Test
	void completesAPrompt() {
		OpenAiLanguageModel model = OpenAiLanguageModel.builder()
			.baseUrl(ChatModelSuite.BASE_URL)
			.apiKey("sk-test")
			.modelName("gpt-3.5-turbo-instruct")
			.build();

		Response<String> response = model.generate("Say this is a test");

		assertThat(response.content()).isNotBlank();
		assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(5);
		assertThat(response.tokenUsage().outputTokenCount()).isPositive();
	}

}
