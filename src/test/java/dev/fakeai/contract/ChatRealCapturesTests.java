package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat completions held against captures of the real API (2025-2026), each expected body
 * or shape copied from the capture cited in
 * {@code shared/reference/chat-real-captures.md} under the finding named in the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatRealCapturesTests {

	@LocalServerPort
	int port;

	static HttpResponse<String> chat(int port, String body, String... headers) {
		List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
		all.addAll(List.of(headers));
		return ContractTestClients
			.send(ContractTestClients.request(port, "/v1/chat/completions", all.toArray(new String[0]))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	private HttpResponse<String> ask(String model) {
		return chat(this.port,
				"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
	}

	/** D1: pydantic-ai {@code test_model_name_suggestion[openai-chat].yaml}, 2026. */
	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o-mnii", "gtp-4", "gpt-4oo", "o3-mni", "gpt-4o-min" })
	void aTypoOfAKnownModelIsTheReal404(String model) {
		HttpResponse<String> response = ask(model);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"The model `" + model
				+ "` does not exist or you do not have access to it.\",\"type\":\"invalid_request_error\","
				+ "\"param\":null,\"code\":\"model_not_found\"}}");
		assertThat(response.headers().firstValue("X-FakeAI-Model-Suggestions")).isPresent();
	}

	@Test
	void suggestionsNameModelsThatServeTheEndpoint() {
		HttpResponse<String> response = ask("gpt-4o-mnii");

		assertThat(response.headers().firstValue("X-FakeAI-Model-Suggestions")).hasValueSatisfying(
				(suggestions) -> assertThat(suggestions).startsWith("gpt-4o-mini").doesNotContain("embedding"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "my-org/llama-3-70b-custom", "acme-chat-7b", "gpt-4o", "gpt-4o-mini-2024-07-18",
			"meta-llama/llama-3.1-8b-instruct" })
	void knownNamesTheirSpellingsAndNewNamesAreServed(String model) {
		assertThat(ask(model).statusCode()).isEqualTo(200);
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "fakeai.latency.speed-factor=0", "fakeai.models.profile=openai" })
	class WithTheOpenAiProfile {

		@LocalServerPort
		int openaiPort;

		@ParameterizedTest
		@ValueSource(strings = { "my-org/llama-3-70b-custom", "GPT-4o", "gpt-4o-mnii" })
		void everyUnknownNameIsThe404(String model) {
			HttpResponse<String> response = chat(this.openaiPort,
					"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).contains("\"code\":\"model_not_found\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "gpt-4o", "gpt-4o-2024-08-06", "meta-llama/Llama-3.1-8B-Instruct" })
		void idsAndAliasesAreServed(String model) {
			assertThat(chat(this.openaiPort,
					"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}")
				.statusCode()).isEqualTo(200);
		}

	}

}
