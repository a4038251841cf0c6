package dev.fakeai.it;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI chat models, as an application would configure them, against fakeai.
 */
class LangChain4jClientTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private static OpenAiChatModel chat(String model) {
		return OpenAiChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(model).maxRetries(0).build();
	}

	@Test
	void answersAQuestion() {
		ChatResponse response = chat("gpt-4o").chat(ChatRequest.builder()
			.messages(UserMessage.from("What is the capital of France?"))
			.build());

		assertThat(response.aiMessage().text()).contains("capital of France");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.tokenUsage().inputTokenCount()).isPositive();
		assertThat(response.tokenUsage().totalTokenCount())
			.isEqualTo(response.tokenUsage().inputTokenCount() + response.tokenUsage().outputTokenCount());
		assertThat(response.modelName()).isEqualTo("gpt-4o-2024-08-06");
	}

	@Test
	void callsATool() {
		ToolSpecification weather = ToolSpecification.builder()
			.name("get_weather")
			.description("Get the current weather in a city")
			.parameters(JsonObjectSchema.builder().addStringProperty("city", "The city").required("city").build())
			.build();

		ChatResponse response = chat("gpt-4o").chat(ChatRequest.builder()
			.messages(UserMessage.from("What is the weather in Madrid?"))
			.toolSpecifications(weather)
			.build());

		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
		ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().get(0);
		assertThat(call.name()).isEqualTo("get_weather");
		assertThat(call.arguments()).contains("\"city\"", "Madrid");
	}

	@Test
	void streamsTokens() throws Exception {
		OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
			.baseUrl(BASE_URL)
			.apiKey("sk-test")
			.modelName("meta-llama/Llama-3.1-8B-Instruct")
			.build();
		Streamed streamed = Streamed.of(model, "Write a haiku about the sea");
		ChatResponse response = streamed.response();
		assertThat(streamed.partials()).contains("sea").isEqualTo(response.aiMessage().text());
		assertThat(response.tokenUsage().outputTokenCount()).isPositive();
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
	}

}
