package dev.fakeai.it;

import java.util.Map;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.fakeai.testing.FakeAiServer;
import dev.fakeai.testing.FakeAiTest;
import dev.fakeai.testing.Fixture;
import org.junit.jupiter.api.Test;

import static dev.fakeai.testing.RequestPattern.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a user's test looks like: a two-step agent loop scripted in code, run through
 * openai-java, then verified; and a verification that fails with a message that says why.
 */
@FakeAiTest
class RefundAgentTests {

	private static final ChatCompletionFunctionTool LOOKUP = ChatCompletionFunctionTool.builder()
		.function(FunctionDefinition.builder()
			.name("lookup_order")
			.parameters(FunctionParameters.builder()
				.putAdditionalProperty("type", JsonValue.from("object"))
				.putAdditionalProperty("properties", JsonValue.from(Map.of("order_id", Map.of("type", "string"))))
				.build())
			.build())
		.build();

	/** The code under test: an agent that looks the order up, then answers. */
	private static String refundAgent(OpenAIClient client, String question) {
		ChatCompletionCreateParams.Builder conversation = ChatCompletionCreateParams.builder()
			.model("gpt-4o-mini")
			.addUserMessage(question)
			.addTool(LOOKUP);
		while (true) {
			ChatCompletion completion = client.chat().completions().create(conversation.build());
			var message = completion.choices().get(0).message();
			if (message.toolCalls().isEmpty() || message.toolCalls().get().isEmpty()) {
				return message.content().orElse("");
			}
			conversation.addMessage(message);
			for (var call : message.toolCalls().get()) {
				ChatCompletionMessageFunctionToolCall function = call.asFunction();
				conversation.addMessage(ChatCompletionToolMessageParam.builder()
					.toolCallId(function.id())
					.content("{\"status\": \"refunded\"}")
					.build());
			}
		}
	}

	@Test
	void theLoopRunsAsScriptedAndIsVerified(FakeAiServer fakeai) {
		fakeai.add(Fixture.when().userContains("refund").thenCall("lookup_order", Map.of("order_id", "A-1")),
				Fixture.when().userContains("refund").afterTool("lookup_order").thenAnswer("Refunded: A-1."));
		OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(fakeai.baseUrl()).apiKey("sk-test").build();

		String answer = refundAgent(client, "Where is my refund?");

		assertThat(answer).isEqualTo("Refunded: A-1.");
		fakeai.verify(2, chat().model("gpt-4o-mini").userMessageContaining("refund"));
	}

	@Test
	void aFailedVerificationSaysWhatWasSent(FakeAiServer fakeai) {
		OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(fakeai.baseUrl()).apiKey("sk-test").build();
		client.chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("Hello").build());

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> fakeai.verify(1, chat().model("gpt-4.1").userMessageContaining("Hello")))
			.withMessageContaining("Expected 1 chat requests with model 'gpt-4.1'")
			.withMessageContaining("its model is 'gpt-4o-mini'");
	}

}
