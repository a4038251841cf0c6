package dev.fakeai.it;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiResponsesChatModel;
import dev.langchain4j.model.openai.OpenAiResponsesStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's Responses API chat models, as an application would configure them, against
 * fakeai.
 */
class LangChain4jResponsesTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private static OpenAiResponsesChatModel model(String name) {
		return OpenAiResponsesChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(name).build();
	}

	@Test
	void answersAQuestion() {
		ChatResponse response = model("gpt-4o")
			.chat(ChatRequest.builder().messages(UserMessage.from("What is the capital of France?")).build());

		assertThat(response.aiMessage().text()).contains("capital of France");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.tokenUsage().inputTokenCount()).isPositive();
		assertThat(response.tokenUsage().totalTokenCount())
			.isEqualTo(response.tokenUsage().inputTokenCount() + response.tokenUsage().outputTokenCount());
		assertThat(response.modelName()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(response.id()).startsWith("resp_");
	}

	@Test
	void callsATool() {
		ToolSpecification weather = ToolSpecification.builder()
			.name("get_weather")
			.description("Get the current weather in a city")
			.parameters(JsonObjectSchema.builder().addStringProperty("city", "The city").required("city").build())
			.build();

		ChatResponse response = model("gpt-4o").chat(ChatRequest.builder()
			.messages(UserMessage.from("What is the weather in Madrid?"))
			.toolSpecifications(weather)
			.build());

		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
		ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().get(0);
		assertThat(call.id()).startsWith("call_");
		assertThat(call.name()).isEqualTo("get_weather");
		assertThat(call.arguments()).contains("\"city\"", "Madrid");
	}

	@Test
	void streamsTokens() throws Exception {
		OpenAiResponsesStreamingChatModel model = OpenAiResponsesStreamingChatModel.builder()
			.baseUrl(BASE_URL)
			.apiKey("sk-test")
			.modelName("gpt-4o-mini")
			.build();
		Streamed streamed = Streamed.of(model, "Write a haiku about the sea");
		ChatResponse response = streamed.response();
		assertThat(streamed.partials()).contains("sea").isEqualTo(response.aiMessage().text());
		assertThat(response.tokenUsage().outputTokenCount()).isPositive();
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
	}

}
