package dev.fakeai.it;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * LangChain4j's Chat Completions models, as an application would configure them, against
 * fakeai.
 */
class LangChain4jClientTests extends ChatModelSuite {

	@Override
	ChatModel model(String name) {
		return OpenAiChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(name).maxRetries(0).build();
	}

	@Override
	StreamingChatModel streamingModel(String name) {
		return OpenAiStreamingChatModel.builder().baseUrl(BASE_URL).apiKey("sk-test").modelName(name).build();
	}

}
