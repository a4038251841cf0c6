package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;

import dev.fakeai.simulation.AudioEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixtures on the media APIs: a transcript scripted for a file by its name or its
 * SHA-256, an image request answered with an error, a speech request with a scripted
 * time; each added through the admin API as a test would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class MediaFixturesContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@AfterEach
	void reset() {
		ContractTestClients.send(ContractTestClients.request(this.port, "/__admin/reset")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private void fixture(String yaml) {
		HttpResponse<String> added = ContractTestClients
			.send(ContractTestClients.request(this.port, "/__admin/fixtures", "Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString(yaml))
				.build());
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
	}

	@Test
	void aTranscriptIsScriptedForAFileByItsHashOrName() throws Exception {
		byte[] wav = AudioEncoding.encode(new short[24_000 * 3], "wav", "");
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav));
		fixture("""
				- match: { endpoint: transcriptions, user: { contains: "sha256:%s" } }
				  respond: { content: "Scripted by hash." }
				- match: { endpoint: [transcriptions, translations], user: { contains: "file:standup.wav" } }
				  respond: { content: "Scripted by name." }
				""".formatted(sha));

		assertThat(text(transcribe("/v1/audio/transcriptions", wav, "other.wav"))).isEqualTo("Scripted by hash.");
		assertThat(text(transcribe("/v1/audio/translations", AudioEncoding.encode(new short[24_000], "wav", "x"),
				"standup.wav")))
			.isEqualTo("Scripted by name.");
		assertThat(text(transcribe("/v1/audio/transcriptions", AudioEncoding.encode(new short[24_000], "wav", "Own."),
				"other.wav")))
			.as("no fixture: our speech's own text")
			.isEqualTo("Own.");
	}

	@Test
	void imagesAndSpeechTakeErrorAndFaultFixtures() {
		fixture("""
				- match: { endpoint: images, user: { contains: "forbidden" } }
				  respond: { error: { status: 400, type: invalid_request_error, code: content_policy_violation, message: "Your request was rejected as a result of our safety system." } }
				- match: { endpoint: speech }
				  respond: { fault: "503" }
				""");

		HttpResponse<String> image = post("/v1/images/generations",
				"{\"model\": \"gpt-image-1\", \"prompt\": \"a forbidden picture\", \"quality\": \"low\"}");
		HttpResponse<String> speech = post("/v1/audio/speech",
				"{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": \"alloy\", \"response_format\": \"wav\"}");

		assertThat(image.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(image.body()).path("error").path("code").asString())
			.isEqualTo("content_policy_violation");
		assertThat(speech.statusCode()).as("the fixture's fault").isEqualTo(503);
		HttpResponse<String> journal = ContractTestClients.get(this.port, "/__admin/requests?path=/v1/audio/speech");
		assertThat(JSON.readTree(journal.body()).path("data").path(0).path("fixture").isNull())
			.as("the journal names the fixture that answered")
			.isFalse();
	}

	@Test
	void aFixtureNamingAnUnknownEndpointIsRefusedWithTheList() {
		HttpResponse<String> refused = ContractTestClients
			.send(ContractTestClients.request(this.port, "/__admin/fixtures", "Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("- match: { endpoint: videos }\n  respond: { content: x }\n"))
				.build());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("images, speech, transcriptions, translations");
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("text").asString();
	}

	private HttpResponse<String> post(String path, String body) {
		return ContractTestClients.postJson(this.port, path, body);
	}

	private HttpResponse<String> transcribe(String path, byte[] file, String name) {
		return ContractTestClients.multipart(this.port, path, name, file, "model", "whisper-1");
	}

}
