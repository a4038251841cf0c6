package dev.fakeai.contract;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.fakeai.models.ModelRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.fakeai.contract.ContractTestClients.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP against the real server: path encodings as clients send them, and every models
 * response and error validated against the official OpenAPI description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpContractTests {

	@LocalServerPort
	int port;

	@Autowired
	ModelRegistry registry;

	@Test
	void listValidatesAgainstListModelsResponse() {
		HttpResponse<String> response = get(this.port, "/v1/models");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertValid("ListModelsResponse", response);
	}

	@Test
	void prometheusExposesJvmAndRequestMetrics() {
		get(this.port, "/v1/models");

		HttpResponse<String> response = get(this.port, "/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/v1/models\"[^}]*} [1-9]");
	}

	@Test
	void swaggerUiAndTheApiDescriptionAreServed() {
		HttpResponse<String> ui = get(this.port, "/swagger-ui.html");
		String page = ui.headers()
			.firstValue("Location")
			.map(java.net.URI::create)
			.map(java.net.URI::getRawPath)
			.orElse("/swagger-ui.html");
		HttpResponse<String> index = (ui.statusCode() / 100 == 3) ? get(this.port, page) : ui;
		HttpResponse<String> docs = get(this.port, "/v3/api-docs");

		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.body()).contains("swagger-ui");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\":\"3.", "/v1/chat/completions", "/v1/models");
		assertThat(docs.body()).as("parameters resolved from the request are not documented as the caller's")
			.doesNotContain("ApiExchange");
	}

	@Test
	void slashInIdsWorksEncodedAndRaw() {
		for (String path : new String[] { "/v1/models/meta-llama%2FLlama-3.1-8B-Instruct",
				"/v1/models/meta-llama/Llama-3.1-8B-Instruct", "/v1/models/openai%2fgpt-oss-120b",
				"/v1/models/openai/gpt-oss-120b?detailed=true" }) {
			HttpResponse<String> response = get(this.port, path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertValid("Model", response);
		}
	}

	@Test
	void capabilitiesWorkEncodedAndRaw() {
		assertThat(get(this.port, "/v1/models/meta-llama%2FLlama-3.1-8B-Instruct/capabilities").body())
			.contains("\"object\":\"model.capabilities\"", "\"context_window\":131072");
		assertThat(get(this.port, "/v1/models/openai/gpt-oss-120b/capabilities").body())
			.contains("\"moe\":{\"total_parameters\":117000000000");
	}

	@Test
	void modelsWithAnnouncedShutdownsReportTheDate() {
		HttpResponse<String> response = get(this.port, "/v1/models/gpt-4o");

		assertThat(response.body()).contains("\"shutdown_date\":\"2027-01-14\"");
		assertValid("Model", response);
	}

	@Test
	void fineTunedIdsWithColonsRetrieveAndDelete() {
		String id = "ft:gpt-4o-mini-2024-07-18:acme:bot:http-1";
		this.registry.getOrCreate(id);

		assertValid("Model", get(this.port, "/v1/models/" + id));
		HttpResponse<String> deleted = ContractTestClients.delete(this.port,
				"/v1/models/ft%3Agpt-4o-mini-2024-07-18%3Aacme%3Abot%3Ahttp-1");
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertValid("DeleteModelResponse", deleted);
	}

	@Test
	void errorsValidateAgainstErrorResponse() {
		HttpResponse<String> notFound = get(this.port, "/v1/models/gpt-9");
		HttpResponse<String> badFilter = get(this.port, "/v1/models?capability=telepathy");
		HttpResponse<String> noRoute = get(this.port, "/v1/nothing/here");
		HttpResponse<String> forbidden = ContractTestClients.delete(this.port, "/v1/models/gpt-4o");

		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(noRoute.statusCode()).isEqualTo(404);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		for (HttpResponse<String> response : java.util.List.of(notFound, badFilter, noRoute, forbidden)) {
			assertValid("ErrorResponse", response);
			assertThat(response.body()).doesNotContain("Exception", "at dev.fakeai");
		}
	}

	@Test
	void healthAndRegistryStatisticsAreServed() {
		assertThat(get(this.port, "/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get(this.port, "/actuator/models").body()).contains("\"total\":", "\"by_capability\"")
			.doesNotContain("\"byCapability\"");
	}

	static void assertValid(String schema, HttpResponse<String> response) {
		assertThat(OpenApiSchemas.get().errors(schema, response.body())).as(response.uri() + " " + response.body())
			.isEmpty();
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "fakeai.auth.api-keys=sk-key-for-docs-1", "fakeai.http.max-request-size=1KB" })
	class WithKeysAndASmallBodyLimit {

		@LocalServerPort
		int keyedPort;

		@Test
		void healthAndDocsStayOpenWhileTheApiNeedsAKey() {
			assertThat(get(this.keyedPort, "/actuator/health").statusCode()).isEqualTo(200);
			assertThat(get(this.keyedPort, "/v3/api-docs").statusCode()).isEqualTo(200);
			HttpResponse<String> unauthorized = get(this.keyedPort, "/v1/models");
			assertThat(unauthorized.statusCode()).isEqualTo(401);
			assertValid("ErrorResponse", unauthorized);
		}

		@Test
		void chunkedBodyOverTheLimitIs413() {
			byte[] body = ("{\"name\":\"" + "x".repeat(4096) + "\"}").getBytes(StandardCharsets.UTF_8);
			HttpRequest request = ContractTestClients
				.request(this.keyedPort, "/v1/test/echo", "Authorization", "Bearer sk-key-for-docs-1", "Content-Type",
						"application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build();

			HttpResponse<String> response = ContractTestClients.send(request);

			assertThat(response.statusCode()).isEqualTo(413);
			assertValid("ErrorResponse", response);
		}

	}

}
