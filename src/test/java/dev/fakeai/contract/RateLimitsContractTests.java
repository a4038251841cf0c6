package dev.fakeai.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.openai.errors.RateLimitException;
import com.openai.models.embeddings.EmbeddingCreateParams;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rate limits over HTTP: N parallel clients against a limit of L requests a minute get
 * exactly L answers and N - L of OpenAI's 429s; buckets per API key; the headers on every
 * admitted answer; a token limit through openai-java.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.latency.speed-factor=0", "fakeai.rate-limits.requests-per-minute=10",
				"fakeai.rate-limits.models[0].model=text-embedding-3-*",
				"fakeai.rate-limits.models[0].tokens-per-minute=20" })
class RateLimitsContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int LIMIT = 10;

	@LocalServerPort
	int port;

	private HttpRequest chat(String key) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v1/chat/completions"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"gpt-4o-mini\", \"max_tokens\": 5, "
					+ "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}"))
			.build();
	}

	@Test
	void parallelClientsGetExactlyTheLimit() {
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < 5 * LIMIT; i++) {
			sent.add(client.sendAsync(chat("sk-burst"), HttpResponse.BodyHandlers.ofString()));
		}
		List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

		assertThat(answers.stream().filter((answer) -> answer.statusCode() == 200)).hasSize(LIMIT);
		List<HttpResponse<String>> limited = answers.stream().filter((answer) -> answer.statusCode() == 429).toList();
		assertThat(limited).hasSize(4 * LIMIT).allSatisfy((answer) -> {
			HttpContractTests.assertValid("ErrorResponse", answer);
			assertThat(JSON.readTree(answer.body()).at("/error/type").asString()).isEqualTo("requests");
			assertThat(answer.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("0");
		});
		assertThat(answers.stream()
			.filter((answer) -> answer.statusCode() == 200)
			.findFirst()
			.orElseThrow()
			.headers()
			.firstValue("x-ratelimit-limit-requests")).hasValue(Integer.toString(LIMIT));
	}

	@Test
	void eachKeyHasItsOwnBuckets() {
		for (int i = 0; i < LIMIT; i++) {
			assertThat(ContractTestClients.send(chat("sk-first")).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> over = ContractTestClients.send(chat("sk-first"));
		HttpResponse<String> other = ContractTestClients.send(chat("sk-second"));

		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(JSON.readTree(over.body()).at("/error/message").asString())
			.startsWith("Rate limit reached for gpt-4o-mini in organization user-fakeai on requests per min (RPM): "
					+ "Limit 10, Used 10, Requested 1. Please try again in ");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.headers().firstValue("x-ratelimit-remaining-requests")).hasValue(Integer.toString(LIMIT - 1));
		assertThat(other.headers().firstValue("x-ratelimit-reset-requests")).hasValue("6s");
	}

	@Test
	void aModelsTokenLimitIsTheSdksRateLimitException() {
		var client = ContractTestClients.sdk(this.port, "sk-embeddings");
		client.embeddings()
			.create(EmbeddingCreateParams.builder().model("text-embedding-3-small").input("one two three").build());

		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> client.embeddings()
				.create(EmbeddingCreateParams.builder()
					.model("text-embedding-3-small")
					.input("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
							+ "fifteen sixteen seventeen eighteen")
					.build()))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("on tokens per min (TPM): Limit 20, Used 3"));
	}

}
