package dev.fakeai.contract;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.openai.errors.BadRequestException;
import com.openai.models.audio.speech.SpeechCreateParams;
import dev.fakeai.simulation.AudioDecoders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /v1/audio/speech} through openai-java and raw HTTP: every format decoded by
 * a decoder that is not ours, as long as a voice takes to say the text (150 words a
 * minute, scaled by the speed), with its media type; the SSE form validated against the
 * OpenAPI description and made of the same bytes; each model's rules as 400s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class SpeechContractTests extends SdkContractTest {

	/** 20 words: 8 seconds at 150 words a minute. */
	private static final String TEXT = "Welcome to the demo. We will look at how the emulator answers speech "
			+ "requests with audio of the right length.";

	private HttpResponse<byte[]> post(String body) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(ContractTestClients.request(this.port, "/v1/audio/speech", "Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyFormatDecodesToTheTimeTheWordsTake() throws Exception {
		for (String format : new String[] { "mp3", "opus", "aac", "flac", "wav", "pcm" }) {
			com.openai.core.http.HttpResponse response = client().audio()
				.speech()
				.create(SpeechCreateParams.builder()
					.model("gpt-4o-mini-tts")
					.input(TEXT)
					.voice("coral")
					.responseFormat(SpeechCreateParams.ResponseFormat.of(format))
					.build());
			byte[] audio;
			try (InputStream body = response.body()) {
				audio = body.readAllBytes();
			}

			assertThat(response.headers().values("Content-Type")).as(format)
				.containsExactly((format.equals("mp3")) ? "audio/mpeg" : "audio/" + format);
			assertThat(AudioDecoders.samples(audio, format) / 24_000.0).as(format).isCloseTo(8.0, within(0.25));
		}
	}

	@Test
	void speedScalesTheDuration() throws Exception {
		byte[] fast = post("{\"model\": \"tts-1\", \"input\": \"" + TEXT
				+ "\", \"voice\": \"onyx\", \"response_format\": \"wav\", \"speed\": 2.0}")
			.body();

		assertThat(AudioDecoders.samples(fast, "wav") / 24_000.0).isCloseTo(4.0, within(0.01));
	}

	@Test
	void theAudioIsSentAsItIsMadeInChunks() throws Exception {
		HttpResponse<byte[]> response = post("{\"model\": \"tts-1\", \"input\": \"" + TEXT
				+ "\", \"voice\": \"onyx\", \"response_format\": \"mp3\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Length")).as("no length declared: chunked").isEmpty();
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(AudioDecoders.samples(response.body(), "mp3") / 24_000.0).isCloseTo(8.0, within(0.25));
	}

	@Test
	void theAudioCarriesItsText() {
		byte[] wav = post("{\"model\": \"tts-1-hd\", \"input\": \"" + TEXT
				+ "\", \"voice\": \"nova\", \"response_format\": \"wav\"}")
			.body();

		assertThat(new String(wav, StandardCharsets.UTF_8)).contains(TEXT);
	}

	@Test
	void sseSendsTheSameAudioInDeltasThenTheUsage() throws Exception {
		String request = "{\"model\": \"gpt-4o-mini-tts\", \"input\": \"" + TEXT
				+ "\", \"voice\": \"alloy\", \"response_format\": \"mp3\"";
		HttpResponse<byte[]> streamed = post(request + ", \"stream_format\": \"sse\"}");
		byte[] whole = post(request + "}").body();

		assertThat(streamed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		List<String> types = new ArrayList<>();
		JsonNode usage = null;
		for (String line : new String(streamed.body(), StandardCharsets.UTF_8).split("\n")) {
			if (!line.startsWith("data: ")) {
				continue;
			}
			String data = line.substring(6);
			assertThat(OpenApiSchemas.get().errors("CreateSpeechResponseStreamEvent", data)).isEmpty();
			JsonNode event = JSON.readTree(data);
			types.add(event.path("type").asString());
			if (event.has("audio")) {
				joined.writeBytes(Base64.getDecoder().decode(event.path("audio").asString()));
			}
			else {
				usage = event.path("usage");
			}
		}

		assertThat(types).hasSizeGreaterThan(2).endsWith("speech.audio.done");
		assertThat(types.subList(0, types.size() - 1)).containsOnly("speech.audio.delta");
		assertThat(joined.toByteArray()).isEqualTo(whole);
		assertThat(usage.path("input_tokens").asInt()).isPositive();
		assertThat(usage.path("output_tokens").asInt()).as("8 s at 1,250 tokens a minute").isEqualTo(167);
		assertThat(usage.path("total_tokens").asInt())
			.isEqualTo(usage.path("input_tokens").asInt() + usage.path("output_tokens").asInt());
	}

	@Test
	void eachModelsRulesAreOpenAisErrors() {
		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": \"alloy\", \"instructions\": \"Whisper.\"}",
				"instructions", "unsupported_parameter",
				"Unsupported parameter: 'instructions' is not supported with this model.");
		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": \"alloy\", \"stream_format\": \"sse\"}",
				"stream_format", "unsupported_value", "Unsupported value: 'stream_format' does not support 'sse' with "
						+ "this model. Supported values are: 'audio'.");
		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": \"ballad\"}", "voice", "invalid_value",
				"Invalid value: 'ballad'. Supported values are: 'alloy', 'ash', 'coral', 'echo', 'fable', 'onyx', "
						+ "'nova', 'sage', and 'shimmer'.");
		assertError("{\"model\": \"tts-1\", \"input\": \"" + "a".repeat(4097) + "\", \"voice\": \"alloy\"}", "input",
				"string_above_max_length", "Invalid 'input': string too long. Expected a string with maximum length "
						+ "4096, but got a string with length 4097 instead.");
		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": \"alloy\", \"speed\": 5}", "speed", null,
				null);
		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\"}", "voice", null, "Missing required parameter: 'voice'.");
		assertError("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"voice\": \"alloy\"}", "model", null,
				"This model does not support speech: use gpt-4o-mini-tts.");

		assertError("{\"model\": \"tts-1\", \"input\": \"Hi\", \"voice\": {\"id\": \"voice_1234\"}}", "voice",
				"invalid_value", null);
		assertThat(post("{\"model\": \"gpt-4o-mini-tts\", \"input\": \"Hi\", \"voice\": {\"id\": \"voice_1234\"}}")
			.statusCode()).as("a custom voice on the model that takes them").isEqualTo(200);

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().audio()
			.speech()
			.create(SpeechCreateParams.builder().model("tts-1").input("Hi").voice("verse").build()));
	}

	private void assertError(String body, String param, String code, String message) {
		HttpResponse<byte[]> response = post(body);
		String text = new String(response.body(), StandardCharsets.UTF_8);
		JsonNode error = JSON.readTree(text).path("error");

		assertThat(response.statusCode()).as(body).isIn(400, 404);
		assertThat(error.path("param").asString()).as(body).isEqualTo(param);
		if (code != null) {
			assertThat(error.path("code").asString()).as(body).isEqualTo(code);
		}
		if (message != null) {
			assertThat(error.path("message").asString()).as(body).isEqualTo(message);
		}
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", text)).isEmpty();
	}

}
