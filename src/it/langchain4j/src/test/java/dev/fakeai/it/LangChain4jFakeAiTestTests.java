package dev.fakeai.it;

import dev.fakeai.testing.FakeAiServer;
import dev.fakeai.testing.FakeAiTest;
import dev.fakeai.testing.Fixture;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import static dev.fakeai.testing.RequestPattern.chat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's chat model against a fakeai in the test's JVM: a scripted answer, then
 * verification of what LangChain4j sent.
 */
@FakeAiTest
class LangChain4jFakeAiTestTests {

	@Test
	void aScriptedAnswerReachesTheModel(FakeAiServer fakeai) {
		fakeai.add(Fixture.when().model("gpt-4o").userContains("capital").thenAnswer("Paris."));
		OpenAiChatModel model = OpenAiChatModel.builder()
			.baseUrl(fakeai.baseUrl())
			.apiKey("sk-test")
			.modelName("gpt-4o")
			.build();

		assertThat(model.chat("What is the capital of France?")).isEqualTo("Paris.");
		fakeai.verify(1, chat().model("gpt-4o").userMessageContaining("capital of France"));
	}

}
