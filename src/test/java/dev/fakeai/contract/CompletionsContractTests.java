package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionChoice;
import com.openai.models.completions.CompletionCreateParams;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.fakeai.contract.HttpContractTests.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code /v1/completions} through openai-java with strict validation (blocking and
 * streamed), and raw HTTP against the OpenAPI description and OpenAI's errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class CompletionsContractTests extends SdkContractTest {

	private HttpResponse<String> post(String path, String body) {
		return ContractTestClients.send(ContractTestClients.request(this.port, path, "Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	@Test
	void theSpecsExampleIsBilledAsTheRealApiBilledIt() {
		Completion completion = client().completions()
			.create(CompletionCreateParams.builder()
				.model("gpt-3.5-turbo-instruct")
				.prompt("Say this is a test")
				.maxTokens(7)
				.build());

		assertThat(completion.id()).startsWith("cmpl-");
		assertThat(completion.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.text()).isEqualTo("This is a test.");
			assertThat(choice.finishReason()).isEqualTo(CompletionChoice.FinishReason.STOP);
		});
		assertThat(completion.usage()).hasValueSatisfying((usage) -> {
			assertThat(usage.promptTokens()).isEqualTo(5);
			assertThat(usage.completionTokens()).isLessThanOrEqualTo(7);
		});
	}

	@Test
	void promptsGetTheirOwnChoicesAndLogprobsMatchTheText() {
		Completion completion = client().completions()
			.create(CompletionCreateParams.builder()
				.model("gpt-3.5-turbo-instruct")
				.promptOfArrayOfStrings(List.of("Tell me about the sea", "Tell me about volcanoes"))
				.n(2)
				.logprobs(3)
				.maxTokens(12)
				.build());

		assertThat(completion.choices()).extracting(CompletionChoice::index).containsExactly(0L, 1L, 2L, 3L);
		for (CompletionChoice choice : completion.choices()) {
			CompletionChoice.Logprobs logprobs = choice.logprobs().orElseThrow();
			assertThat(String.join("", logprobs.tokens().orElseThrow())).isEqualTo(choice.text());
			assertThat(logprobs.tokenLogprobs().orElseThrow()).hasSameSizeAs(logprobs.tokens().orElseThrow());
			assertThat(logprobs.textOffset().orElseThrow().get(0)).isZero();
		}
	}

	/**
	 * Streamed through the SDK without its strict validation: openai-java types a
	 * choice's {@code finish_reason} as required, which every chunk but a choice's last
	 * has {@code null} on the real API too, so strict validation rejects any real stream.
	 */
	@Test
	void aStreamEndsWithUsageAndDone() {
		StringBuilder text = new StringBuilder();
		OpenAIClient lenient = com.openai.client.okhttp.OpenAIOkHttpClient.builder()
			.baseUrl("http://localhost:" + this.port + "/v1")
			.apiKey("sk-test")
			.maxRetries(0)
			.build();
		try (StreamResponse<Completion> stream = lenient.completions()
			.createStreaming(CompletionCreateParams.builder()
				.model("gpt-3.5-turbo-instruct")
				.prompt("Write a haiku about the sea")
				.maxTokens(30)
				.build())) {
			stream.stream().forEach((chunk) -> chunk.choices().forEach((choice) -> text.append(choice.text())));
		}
		assertThat(text.toString()).isNotBlank();

		HttpResponse<String> raw = post("/v1/completions", "{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": "
				+ "\"Hello\", \"stream\": true, \"stream_options\": {\"include_usage\": true}}");
		String[] frames = raw.body().split("\n\n");
		assertThat(frames[frames.length - 1]).isEqualTo("data: [DONE]");
		for (int i = 0; i < frames.length - 1; i++) {
			String json = frames[i].substring(6);
			assertThat(OpenApiSchemas.get().errors("CreateCompletionResponse", json))
				.as("the description types finish_reason and usage as non-null; chunks before a choice's last carry "
						+ "a null finish_reason, and with include_usage a null usage, as on the real API "
						+ "(docs/completions.md)")
				.allMatch((error) -> error
					.matches("/choices/\\d+/finish_reason: (null found, string expected|does "
							+ "not have a value in the enumeration .*)")
						|| error.equals("/usage: null found, object expected"));
			assertThat(JSON.readTree(json).get("object").asString()).isEqualTo("text_completion");
		}
		JsonNode last = JSON.readTree(frames[frames.length - 2].substring(6));
		assertThat(last.get("choices")).isEmpty();
		assertThat(last.at("/usage/total_tokens").asInt()).isPositive();
	}

	@Test
	void theSameSeedGivesTheSameText() {
		String body = "{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Tell me about the sea\", \"seed\": 42, "
				+ "\"max_tokens\": 30, \"n\": 2}";
		JsonNode first = JSON.readTree(post("/v1/completions", body).body());
		JsonNode second = JSON.readTree(post("/v1/completions", body).body());

		assertThat(second.get("choices")).isEqualTo(first.get("choices"));
		assertThat(first.at("/choices/0/text")).isNotEqualTo(first.at("/choices/1/text"));
	}

	@Test
	void echoAndSuffixFrameTheText() {
		JsonNode completion = JSON.readTree(post("/v1/completions", "{\"model\": \"gpt-3.5-turbo-instruct\", "
				+ "\"prompt\": \"Once upon a time\", \"echo\": true, \"suffix\": \" The end.\", \"max_tokens\": 8}")
			.body());

		assertThat(completion.at("/choices/0/text").asString()).startsWith("Once upon a time").endsWith(" The end.");
	}

	@Test
	void modelsAreServedByTheirFlagsAndBadRequestsAreOpenAisErrors() {
		HttpResponse<String> chatModel = post("/v1/completions", "{\"model\": \"gpt-4o\", \"prompt\": \"Hi\"}");
		HttpResponse<String> completionModelOnChat = post("/v1/chat/completions",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");

		assertThat(chatModel.statusCode()).isEqualTo(404);
		assertThat(chatModel.body()).contains("This is a chat model and not supported in the v1/completions endpoint. "
				+ "Did you mean to use v1/chat/completions?", "\"param\":\"model\"");
		assertThat(completionModelOnChat.statusCode()).isEqualTo(404);
		assertThat(completionModelOnChat.body()).contains("This is not a chat model and thus not supported in the "
				+ "v1/chat/completions endpoint. Did you mean to use v1/completions?");
		for (String body : List.of(
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"n\": 3, \"best_of\": 2}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"best_of\": 3, \"stream\": true}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"logprobs\": 6}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": [], \"max_tokens\": 5}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"max_tokens\": 5000}",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": \"Hi\", \"foo\": 1}",
				"{\"model\": \"TinyLlama/TinyLlama-1.1B-Chat-v1.0\", \"prompt\": \"Hi\", \"suffix\": \"!\"}")) {
			HttpResponse<String> response = post("/v1/completions", body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertValid("ErrorResponse", response);
		}
		HttpResponse<String> ok = post("/v1/completions",
				"{\"model\": \"gpt-3.5-turbo-instruct\", \"prompt\": [[9906, 1917]], \"best_of\": 3, \"n\": 2}");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertValid("CreateCompletionResponse", ok);
		assertThat(JSON.readTree(ok.body()).get("choices")).hasSize(2);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().completions()
			.create(CompletionCreateParams.builder().model("gpt-4o").prompt("Hi").build()));
	}

}
