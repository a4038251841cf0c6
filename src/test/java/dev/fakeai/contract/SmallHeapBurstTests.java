package dev.fakeai.contract;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One burst cannot take the server down: fakeai in its own JVM with a 128 MB heap gets 20
 * simultaneous streams of the largest kind (128 choices with visible reasoning each, held
 * open by a 3 s time to first token; together some 2 million tokens, several times the
 * heap); the in-flight budget answers the excess with OpenAI's 503, and the server stays
 * up and answers the next request.
 */
class SmallHeapBurstTests {

	private static final String BIG_STREAM = "{\"model\": \"deepseek-reasoner\", \"n\": 128, \"stream\": true, "
			+ "\"reasoning_effort\": \"high\", \"messages\": [{\"role\": \"user\", \"content\": "
			+ "\"Prove that there are infinitely many primes, step by step.\"}]}";

	@TempDir
	Path dir;

	@Test
	void aBurstOfTheLargestRequestsIsRefusedNotFatal() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = this.dir.resolve("server.log");
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				"dev.fakeai.FakeAiApplication", "--server.port=" + port, "--logging.level.root=WARN",
				"--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			awaitStarted(client, port, server, log);
			List<CompletableFuture<HttpResponse<InputStream>>> burst = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				burst.add(client.sendAsync(request(port).header("X-FakeAI-TTFT-Ms", "3000")
					.POST(HttpRequest.BodyPublishers.ofString(BIG_STREAM))
					.build(), HttpResponse.BodyHandlers.ofInputStream()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<HttpResponse<InputStream>> sent : burst) {
				HttpResponse<InputStream> response = sent.get(60, TimeUnit.SECONDS);
				statuses.add(response.statusCode());
				if (response.statusCode() == 503) {
					assertThat(new String(response.body().readAllBytes())).contains("\"code\":\"server_is_overloaded\"",
							"Our servers are currently overloaded.");
				}
				response.body().close();
			}

			assertThat(statuses).as("some streams are served").contains(200);
			assertThat(statuses).as("the excess is refused").contains(503).containsOnly(200, 503);
			assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
			HttpResponse<String> next = client.send(request(port)
				.POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"gpt-4o-mini\", \"messages\": "
						+ "[{\"role\": \"user\", \"content\": \"Still there?\"}]}"))
				.header("X-FakeAI-Speed-Factor", "0")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(next.statusCode()).isEqualTo(200);
			assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
		}
		finally {
			server.destroy();
			if (!server.waitFor(10, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	private static HttpRequest.Builder request(int port) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/chat/completions"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60));
	}

	private static void awaitStarted(HttpClient client, int port, Process server, Path log)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline && server.isAlive()) {
			try {
				HttpResponse<Void> models = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/models")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (models.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("fakeai did not start with a 128 MB heap: " + Files.readString(log));
	}

}
