package dev.fakeai.contract;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images held until their answer is sent count in the in-flight budget: while one answer
 * waits, a request for ten large images is OpenAI's 503, not a heap spent on pictures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.latency.speed-factor=0", "fakeai.http.max-in-flight-tokens=20000" })
class ImagesInFlightTests {

	@LocalServerPort
	int port;

	@Test
	void aBurstOfLargeImagesIsRefusedWhileAnotherAnswerIsHeld() throws Exception {
		CompletableFuture<HttpResponse<String>> held = HttpClient.newHttpClient()
			.sendAsync(ContractTestClients
				.request(this.port, "/v1/images/generations", "Content-Type", "application/json", "X-FakeAI-TTFT-Ms",
						"3000")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"model\": \"gpt-image-1\", \"prompt\": \"a cat\", \"quality\": \"low\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		Thread.sleep(1000);

		HttpResponse<String> burst = ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/images/generations", "Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"model\": \"gpt-image-1\", \"prompt\": \"a cat\", \"n\": 10, \"size\": \"1536x1024\"}"))
				.build());

		assertThat(burst.statusCode()).as(burst.body()).isEqualTo(503);
		assertThat(burst.body()).contains("\"code\":\"server_is_overloaded\"");
		assertThat(held.get().statusCode()).isEqualTo(200);
	}

}
