package dev.fakeai.testing;

import java.util.Map;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static dev.fakeai.testing.RequestPattern.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @FakeAiTest} as a user's test uses it: the server injected as a parameter and a
 * field, a scripted agent loop in code through openai-java, verification that passes and
 * one that fails with the near misses, fixture files, and a reset between tests.
 */
@FakeAiTest(fixtures = "classpath:fixtures/agent-loop.yaml", properties = "fakeai.latency.speed-factor=0.0")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeAiExtensionTests {

	FakeAiServer field;

	private static OpenAIClient client(FakeAiServer server) {
		return OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-test").maxRetries(0).build();
	}

	@Test
	@Order(1)
	void aLoopScriptedInCodeRunsAndIsVerified(FakeAiServer server) {
		assertThat(this.field).isSameAs(server);
		assertThat(server.baseUrl()).startsWith("http://localhost:").endsWith("/v1");
		server.add(
				Fixture.when()
					.model("gpt-4o*")
					.userContains("cancel")
					.thenCall("cancel_order", Map.of("order_id", "B-2")),
				Fixture.when().userContains("cancel").afterTool("cancel_order").thenAnswer("Order B-2 is cancelled."));
		OpenAIClient client = client(server);
		ChatCompletionCreateParams.Builder question = ChatCompletionCreateParams.builder()
			.model("gpt-4o-mini")
			.addUserMessage("Please cancel my order.")
			.addTool(com.openai.models.chat.completions.ChatCompletionFunctionTool.builder()
				.function(com.openai.models.FunctionDefinition.builder()
					.name("cancel_order")
					.parameters(com.openai.models.FunctionParameters.builder()
						.putAdditionalProperty("type", com.openai.core.JsonValue.from("object"))
						.build())
					.build())
				.build());

		ChatCompletion first = client.chat().completions().create(question.build());
		ChatCompletionMessageFunctionToolCall call = first.choices()
			.get(0)
			.message()
			.toolCalls()
			.orElseThrow()
			.get(0)
			.asFunction();
		ChatCompletion second = client.chat()
			.completions()
			.create(question.addMessage(first.choices().get(0).message())
				.addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call.id()).content("done").build())
				.build());

		assertThat(call.function().arguments()).isEqualTo("{\"order_id\":\"B-2\"}");
		assertThat(second.choices().get(0).message().content()).hasValue("Order B-2 is cancelled.");
		server.verify(2, chat().model("gpt-4o-mini").userMessageContaining("cancel"));
		assertThat(server.requests()).extracting(RecordedRequest::fixture).doesNotContainNull();
	}

	@Test
	@Order(2)
	void aFailedVerificationListsTheNearMisses(FakeAiServer server) {
		assertThat(server.requests()).as("the journal is cleared after each test").isEmpty();
		client(server).chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("Hello").build());

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> server.verify(1, chat().model("gpt-4o").userMessageContaining("Hello")))
			.withMessageStartingWith("Expected 1 chat requests with model 'gpt-4o' and a user message containing "
					+ "'Hello', but 0 were sent (1 requests in all). Near misses:\n  POST /v1/chat/completions (req_")
			.withMessageEndingWith("): its model is 'gpt-4o-mini'");
	}

	@Test
	@Order(3)
	void fixturesAddedInATestAreGoneAfterItButTheFilesStay(FakeAiServer server) {
		assertThat(client(server).chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("cancel it").build())
			.choices()
			.get(0)
			.finishReason()).as("the code fixture of the first test is gone")
			.isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
		server.addYaml("match: { user: { regex: \"^please fail\" } }\nrespond: { content: overridden }\npriority: 5\n");
		assertThat(client(server).chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("please fail").build())
			.choices()
			.get(0)
			.message()
			.content()).hasValue("overridden");
	}

}
