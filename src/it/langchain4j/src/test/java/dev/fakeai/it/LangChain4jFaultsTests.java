package dev.fakeai.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * LangChain4j's retries against fakeai's faults: a fixture's 429 then an answer is
 * retried past; without retries each fault is LangChain4j's own exception type.
 */
class LangChain4jFaultsTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private static ChatModel model(int retries, Map<String, String> headers) {
		return OpenAiChatModel.builder()
			.baseUrl(BASE_URL)
			.apiKey("sk-test")
			.modelName("gpt-4o-mini")
			.maxRetries(retries)
			.customHeaders(headers)
			.build();
	}

	@Test
	void retriesGetPastAScripted429() throws Exception {
		HttpResponse<String> added = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + System.getProperty("fakeai.port") + "/__admin/fixtures"))
				.header("Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("""
						match: { user: "langchain4j retry probe" }
						sequence: [{ fault: "429" }, { content: "Answered on the second try." }]
						"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(added.statusCode()).isEqualTo(201);

		assertThat(model(2, Map.of()).chat("langchain4j retry probe")).isEqualTo("Answered on the second try.");
	}

	@Test
	void withoutRetriesEachFaultIsItsExceptionType() {
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> model(0, Map.of("X-FakeAI-Fault", "429")).chat("Hello"));
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> model(0, Map.of("X-FakeAI-Fault", "503")).chat("Hello"));
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> model(0, Map.of("X-FakeAI-Fault", "500")).chat("Hello"));
	}

}
