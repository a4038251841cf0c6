package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Injected faults through openai-java: each status with OpenAI's body and the SDK's typed
 * exception, retries that recover from a scripted 429 and 503, a stream error as the
 * SDK's stream exception, cut and dropped connections and a timeout as I/O failures; and
 * OpenAI's headers and CORS on every {@code /v1} answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"fakeai.latency.speed-factor=0", "fakeai.faults.timeout-max=3s", "fakeai.http.organization=org-tests" })
class FaultsContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@BeforeEach
	void reset() {
		ContractTestClients.send(ContractTestClients.request(this.port, "/__admin/reset")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private OpenAIClient client(String fault) {
		return ContractTestClients.sdk(this.port, "sk-test")
			.withOptions((options) -> options.putHeader("X-FakeAI-Fault", fault).timeout(Duration.ofSeconds(2)));
	}

	private static ChatCompletionCreateParams hello() {
		return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("Hello").maxTokens(20).build();
	}

	private HttpResponse<String> post(String body, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return ContractTestClients.send(ContractTestClients.request(this.port, "/v1/chat/completions", all)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					429 | requests                  | rate_limit_exceeded  | Rate limit reached for gpt-4o-mini in organization org-tests on requests per min (RPM): Limit 60, Used 60, Requested 1.
					500 | server_error              |                      | The server had an error processing your request. Sorry about that!
					503 | service_unavailable_error | server_is_overloaded | Our servers are currently overloaded. Please try again later.
					""")
	void statusFaultsAreOpenAisBodies(int status, String type, String code, String message) {
		HttpResponse<String> response = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", " + "\"content\": \"Hi\"}]}",
				"X-FakeAI-Fault", Integer.toString(status));

		assertThat(response.statusCode()).isEqualTo(status);
		HttpContractTests.assertValid("ErrorResponse", response);
		JsonNode error = JSON.readTree(response.body()).get("error");
		assertThat(error.get("type").asString()).isEqualTo(type);
		assertThat(error.get("code").isNull() ? null : error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("message").asString()).startsWith(message);
		if (status == 500) {
			assertThat(error.get("message").asString()).contains(
					"(Please include the request ID " + response.headers().firstValue("x-request-id").orElseThrow());
		}
		if (status == 429) {
			assertThat(response.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("0");
		}
	}

	@Test
	void aBadGatewayIsTheLoadBalancersBody() {
		HttpResponse<String> response = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}",
				"X-FakeAI-Fault", "502");

		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.body()).isEqualTo(
				"{\"error\":{\"code\":502,\"message\":\"Bad gateway.\",\"param\":null,\"type\":\"cf_bad_gateway\"}}");
	}

	@Test
	void withoutRetriesEachFaultIsTheSdksException() {
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> client("429").chat().completions().create(hello()));
		for (String status : new String[] { "500", "502", "503" }) {
			assertThatExceptionOfType(InternalServerException.class)
				.isThrownBy(() -> client(status).chat().completions().create(hello()))
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(Integer.parseInt(status)));
		}
		assertThatExceptionOfType(OpenAIIoException.class)
			.isThrownBy(() -> client("disconnect").chat().completions().create(hello()));
		assertThatExceptionOfType(OpenAIIoException.class)
			.isThrownBy(() -> client("timeout").chat().completions().create(hello()));
		assertThatExceptionOfType(OpenAIException.class)
			.isThrownBy(() -> client("stream-cut").chat().completions().create(hello()));
	}

	@Test
	void retriesRecoverFromAScripted429AndA503() {
		ContractTestClients
			.send(ContractTestClients.request(this.port, "/__admin/fixtures", "Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("""
						- match: { user: once-limited }
						  sequence: [{ fault: "429" }, { content: "Through after a 429." }]
						- match: { user: once-overloaded }
						  sequence: [{ fault: "503" }, { content: "Through after a 503." }]
						"""))
				.build());
		OpenAIClient retrying = OpenAIOkHttpClient.builder()
			.baseUrl("http://localhost:" + this.port + "/v1")
			.apiKey("sk-test")
			.maxRetries(2)
			.build();

		for (String user : new String[] { "once-limited", "once-overloaded" }) {
			ChatCompletion answer = retrying.chat()
				.completions()
				.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(user).build());
			assertThat(answer.choices().get(0).message().content())
				.hasValueSatisfying((text) -> assertThat(text).startsWith(
						"Through after a " + user.replace("once-limited", "429").replace("once-overloaded", "503")));
		}
	}

	@Test
	void aStreamErrorIsTheSdksStreamExceptionAfterSomeChunks() {
		int[] chunks = { 0 };
		assertThatExceptionOfType(SseException.class).isThrownBy(() -> {
			try (StreamResponse<ChatCompletionChunk> stream = client("stream-error").chat()
				.completions()
				.createStreaming(hello())) {
				stream.stream().forEach((chunk) -> chunks[0]++);
			}
		});
		assertThat(chunks[0]).isPositive();
	}

	@Test
	void aCutStreamEndsWithoutDone() {
		HttpResponse<String> cut = ContractTestClients.sendOrFail(ContractTestClients
			.request(this.port, "/v1/chat/completions", "Content-Type", "application/json", "X-FakeAI-Fault",
					"stream-cut")
			.POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"gpt-4o-mini\", \"stream\": true, "
					+ "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}"))
			.build());

		assertThat(cut).as("the connection drops mid-stream").isNull();
	}

	@Test
	void slowDelaysTheFirstByteByTheAskedTime() {
		HttpResponse<String> slow = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}",
				"X-FakeAI-Fault", "slow", "X-FakeAI-Fault-Delay-Ms", "300");

		assertThat(slow.statusCode()).isEqualTo(200);
		assertThat(Long.parseLong(slow.headers().firstValue("openai-processing-ms").orElseThrow()))
			.isGreaterThanOrEqualTo(300);
	}

	@Test
	void unknownFaultsAndDelaysAreBadRequestsNamingTheHeader() {
		HttpResponse<String> unknown = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}",
				"X-FakeAI-Fault", "explode");
		HttpResponse<String> delay = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}",
				"X-FakeAI-Fault", "slow", "X-FakeAI-Fault-Delay-Ms", "soon");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unknown.body()).at("/error/param").asString()).isEqualTo("X-FakeAI-Fault");
		assertThat(delay.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(delay.body()).at("/error/param").asString()).isEqualTo("X-FakeAI-Fault-Delay-Ms");
	}

	@Test
	void everyV1AnswerCarriesOpenAisHeaders() {
		HttpResponse<String> ok = post(
				"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
		HttpResponse<String> bad = post("{\"model\": \"gpt-4o-mini\"}");
		HttpResponse<String> listed = ContractTestClients.get(this.port, "/v1/models");
		HttpResponse<String> missing = ContractTestClients.get(this.port, "/v1/models/no-such-model-xyz");

		for (HttpResponse<String> response : java.util.List.of(ok, bad, listed, missing)) {
			assertThat(response.headers().firstValue("x-request-id"))
				.hasValueSatisfying((id) -> assertThat(id).matches("req_[0-9a-f]{32}"));
			assertThat(response.headers().firstValue("openai-version")).hasValue("2020-10-01");
			assertThat(response.headers().firstValue("openai-organization")).hasValue("org-tests");
			assertThat(response.headers().firstValue("openai-processing-ms"))
				.hasValueSatisfying((ms) -> assertThat(ms).matches("\\d+"));
		}
	}

	@Test
	void browsersMayCallAndReadTheHeaders() {
		HttpResponse<String> preflight = ContractTestClients.send(
				ContractTestClients
					.request(this.port, "/v1/chat/completions", "Origin", "http://localhost:3000",
							"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
							"authorization,content-type")
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.build());

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
		assertThat(preflight.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
				(exposed) -> assertThat(exposed).contains("x-request-id", "x-ratelimit-remaining-requests"));
	}

}
