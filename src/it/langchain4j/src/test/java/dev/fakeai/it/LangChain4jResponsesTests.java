package dev.fakeai.it;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiResponsesChatModel;
import dev.langchain4j.model.openai.OpenAiResponsesStreamingChatModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's Responses API models, as an application would configure them, against
 * fakeai.
 */
class LangChain4jResponsesTests extends ChatModelSuite {

	@Override
	ChatModel model(String name) {
		return OpenAiResponsesChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(name).build();
	}

	@Override
	StreamingChatModel streamingModel(String name) {
		return OpenAiResponsesStreamingChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(name).build();
	}

	@Override
	void checkAnswer(ChatResponse response) {
		assertThat(response.id()).startsWith("resp_");
	}

	@Override
	void checkCall(ToolExecutionRequest call) {
		assertThat(call.id()).startsWith("call_");
	}

}
