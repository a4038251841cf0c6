package dev.fakeai.it;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application does with any of LangChain4j's OpenAI chat models against fakeai:
 * ask, call a tool, stream. Each API's models run it.
 */
abstract class ChatModelSuite {

	static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	abstract ChatModel model(String name);

	abstract StreamingChatModel streamingModel(String name);

	/**
	 * Further checks of a blocking answer, for what one API adds.
	 * @param response the answer
	 */
	void checkAnswer(ChatResponse response) {
	}

	/**
	 * Further checks of a tool call, for what one API adds.
	 * @param call the call
	 */
	void checkCall(ToolExecutionRequest call) {
	}

	@Test
	void answersAQuestion() {
		ChatResponse response = model("gpt-4o")
			.chat(ChatRequest.builder().messages(UserMessage.from("What is the capital of France?")).build());

		assertThat(response.aiMessage().text()).contains("capital of France").contains("Paris");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.tokenUsage().inputTokenCount()).isPositive();
		assertThat(response.tokenUsage().totalTokenCount())
			.isEqualTo(response.tokenUsage().inputTokenCount() + response.tokenUsage().outputTokenCount());
		assertThat(response.modelName()).isEqualTo("gpt-4o-2024-08-06");
		checkAnswer(response);
	}

	@Test
	void remembersWhatTheUserSaidEarlier() {
		ChatResponse response = model("gpt-4o-mini").chat(ChatRequest.builder()
			.messages(UserMessage.from("Hello, my name is Klaus."),
					dev.langchain4j.data.message.AiMessage.from("Hello Klaus! How can I help?"),
					UserMessage.from("What is my name?"))
			.build());

		assertThat(response.aiMessage().text()).isEqualTo("Your name is Klaus.");
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
		assertThat(call.name()).isEqualTo("get_weather");
		assertThat(call.arguments()).isEqualTo("{\"city\":\"Madrid\"}");
		checkCall(call);
	}

	@Test
	void streamsTokens() throws Exception {
		Streamed streamed = Streamed.of(streamingModel("gpt-4o-mini"), "Write a haiku about the sea");

		ChatResponse response = streamed.response();
		assertThat(streamed.partials()).contains("sea").isEqualTo(response.aiMessage().text());
		assertThat(response.tokenUsage().outputTokenCount()).isPositive();
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
	}

}
