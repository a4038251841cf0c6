import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.fakeai.testing.FakeAiServer;

/**
 * Time from FakeAiServer.start to the first chat completion answered, in this (fresh)
 * JVM: what @FakeAiTest costs a test JVM. Run by bench/in-process-start.sh. The
 * argument "full" starts with the server's own settings (API docs, every actuator
 * endpoint) instead of the test defaults.
 */
public class InProcessStart {

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		List<String> properties = (args.length > 0 && args[0].equals("full"))
				? List.of("springdoc.api-docs.enabled=true", "springdoc.swagger-ui.enabled=true",
						"management.endpoints.web.exposure.include=health,info,prometheus,models",
						"spring.jmx.enabled=true")
				: List.of();
		try (FakeAiServer server = FakeAiServer.start(properties)) {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - started;
			System.out.printf("%d %.0f%n", answer.statusCode(), elapsed / 1e6);
		}
	}

}
