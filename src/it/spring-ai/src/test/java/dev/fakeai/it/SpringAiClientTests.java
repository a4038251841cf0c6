package dev.fakeai.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.annotation.Tool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AI's OpenAI chat model and {@link ChatClient}, as an application would configure
 * them, against fakeai.
 */
class SpringAiClientTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private static OpenAiChatModel model(String model) {
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.baseUrl(BASE_URL)
			.apiKey("sk-test")
			.model(model)
			.maxRetries(0)
			.build();
		return OpenAiChatModel.builder().options(options).build();
	}

	@Test
	void answersThroughTheChatClient() {
		ChatResponse response = ChatClient.create(model("gpt-4o"))
			.prompt()
			.system("You are a helpful assistant.")
			.user("What is the capital of France?")
			.call()
			.chatResponse();

		assertThat(response.getResult().getOutput().getText()).contains("capital of France").contains("Paris");
		assertThat(response.getMetadata().getModel()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(response.getMetadata().getUsage().getPromptTokens()).isPositive();
		assertThat(response.getResult().getMetadata().getFinishReason()).isEqualToIgnoringCase("stop");
	}

	@Test
	void streamsThroughTheChatClient() {
		List<String> parts = ChatClient.create(model("meta-llama/Llama-3.1-8B-Instruct"))
			.prompt()
			.user("Write a haiku about mountains")
			.stream()
			.content()
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(parts).hasSizeGreaterThan(3);
		assertThat(String.join("", parts)).contains("mountains");
	}

	@Test
	void runsAToolLoopToAnAnswer() {
		Weather weather = new Weather();

		String answer = ChatClient.create(model("gpt-4o"))
			.prompt()
			.user("What is the weather in Madrid?")
			.tools(weather)
			.call()
			.content();

		assertThat(weather.cities).containsExactly("Madrid");
		assertThat(answer).contains("Sunny, 24 degrees in Madrid").doesNotContain("\"city\"");
	}

	@Test
	void callsAToolForEachCityAskedAboutAndAnswersWithEveryResult() {
		Weather weather = new Weather();

		String answer = ChatClient.create(model("gpt-4o"))
			.prompt()
			.user("What's the weather like in San Francisco, Tokyo, and Paris?")
			.tools(weather)
			.call()
			.content();

		assertThat(weather.cities).containsExactly("San Francisco", "Tokyo", "Paris");
		assertThat(answer).contains("24 degrees in San Francisco", "24 degrees in Tokyo", "24 degrees in Paris");
	}

	@Test
	void followsSimpleInstructions() {
		ChatClient client = ChatClient.create(model("gpt-4o-mini"));

		assertThat(client.prompt().user("What is 2+2? Reply with just the number.").call().content()).isEqualTo("4");
		assertThat(client.prompt().user("Say 'Hello World'").call().content()).isEqualTo("Hello World");
	}

	static class Weather {

		final List<String> cities = new CopyOnWriteArrayList<>();

		@Tool(description = "Get the current weather in a city")
		String getWeather(String city) {
			this.cities.add(city);
			return "Sunny, 24 degrees in " + city;
		}

	}

}
