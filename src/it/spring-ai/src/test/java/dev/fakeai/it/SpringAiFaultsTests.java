package dev.fakeai.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring AI's OpenAI chat model against fakeai's faults: retries get past a fixture's
 * 503; without them the failure surfaces with its status.
 */
class SpringAiFaultsTests {

	private static final String PORT = System.getProperty("fakeai.port");

	private static OpenAiChatModel model(int retries, Map<String, String> headers) {
		return OpenAiChatModel.builder()
			.options(OpenAiChatOptions.builder()
				.baseUrl("http://localhost:" + PORT + "/v1")
				.apiKey("sk-test")
				.model("gpt-4o-mini")
				.maxRetries(retries)
				.customHeaders(headers)
				.build())
			.build();
	}

	@Test
	void retriesGetPastAScripted503() throws Exception {
		HttpResponse<String> added = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/__admin/fixtures"))
				.header("Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("""
						match: { user: "spring ai retry probe" }
						sequence: [{ fault: "503" }, { content: "Answered on the second try." }]
						"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(added.statusCode()).isEqualTo(201);

		String answer = ChatClient.create(model(2, Map.of())).prompt().user("spring ai retry probe").call().content();

		assertThat(answer).isEqualTo("Answered on the second try.");
	}

	@Test
	void withoutRetriesAFaultSurfacesWithItsStatus() {
		assertThatThrownBy(
				() -> ChatClient.create(model(0, Map.of("X-FakeAI-Fault", "429"))).prompt().user("Hello").call().content())
			.hasStackTraceContaining("429");
		assertThatThrownBy(
				() -> ChatClient.create(model(0, Map.of("X-FakeAI-Fault", "503"))).prompt().user("Hello").call().content())
			.hasStackTraceContaining("503");
	}

}
