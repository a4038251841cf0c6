package dev.fakeai.contract;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.audio.AudioModel;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateResponse;
import com.openai.models.audio.transcriptions.TranscriptionStreamEvent;
import com.openai.models.audio.transcriptions.TranscriptionVerbose;
import com.openai.models.audio.translations.TranslationCreateParams;
import dev.fakeai.simulation.AudioDecoders;
import dev.fakeai.simulation.AudioEncoding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code /v1/audio/transcriptions} and {@code /translations} through openai-java and raw
 * multipart: text to speech to transcript returns the text exactly in every format that
 * carries it; other audio gets words for its length; every response format; usage by
 * seconds or tokens; streams; a 1.2 MB FLAC and a 20 MB WAV; each model's rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class TranscriptionContractTests extends SdkContractTest {

	private static final String TEXT = "Welcome to the demo. We will look at how the emulator answers speech "
			+ "requests with audio of the right length.";

	private byte[] speech(String format, String text) throws Exception {
		try (InputStream body = client().audio()
			.speech()
			.create(SpeechCreateParams.builder()
				.model("gpt-4o-mini-tts")
				.input(text)
				.voice("alloy")
				.responseFormat(SpeechCreateParams.ResponseFormat.of(format))
				.build())
			.body()) {
			return body.readAllBytes();
		}
	}

	@Test
	void textToSpeechToTranscriptReturnsTheTextInEveryFormatThatCarriesIt() throws Exception {
		for (String format : new String[] { "mp3", "opus", "flac", "wav" }) {
			TranscriptionCreateResponse response = client().audio()
				.transcriptions()
				.create(TranscriptionCreateParams.builder()
					.file(speech(format, TEXT))
					.model(AudioModel.WHISPER_1)
					.build());

			assertThat(response.asTranscription().text()).as(format).isEqualTo(TEXT);
		}
	}

	@Test
	void verboseJsonHasSegmentsAndWordsCoveringTheDuration() throws Exception {
		TranscriptionVerbose verbose = client().audio()
			.transcriptions()
			.create(TranscriptionCreateParams.builder()
				.file(speech("wav", TEXT))
				.model(AudioModel.WHISPER_1)
				.responseFormat(AudioResponseFormat.VERBOSE_JSON)
				.timestampGranularities(List.of(TranscriptionCreateParams.TimestampGranularity.WORD,
						TranscriptionCreateParams.TimestampGranularity.SEGMENT))
				.language("en")
				.build())
			.asVerbose();

		assertThat(verbose.duration()).isCloseTo(8.0, within(0.01));
		assertThat(verbose.language()).isEqualTo("english");
		assertThat(verbose.text()).isEqualTo(TEXT);
		assertThat(verbose.segments().orElseThrow()).hasSize(2);
		assertThat(verbose.segments().orElseThrow().get(1).end()).isCloseTo(8.0, within(0.01));
		assertThat(verbose.words().orElseThrow()).hasSize(20);
		assertThat(verbose.words().orElseThrow().get(0).word()).isEqualTo("Welcome");
		assertThat(verbose.usage().orElseThrow().seconds()).isEqualTo(8.0);
	}

	@Test
	void textSrtAndVttAreTheirTextFormats() throws Exception {
		byte[] wav = speech("wav", TEXT);

		assertThat(multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "response_format", "text").body())
			.isEqualTo(TEXT + "\n");
		assertThat(multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "response_format", "srt").body())
			.startsWith("1\n00:00:00,000 --> 00:00:01,600\nWelcome to the demo.\n\n2\n00:00:01,600 --> 00:00:08,000\n");
		assertThat(multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "response_format", "vtt").body())
			.startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.600\nWelcome to the demo.\n\n");
	}

	@Test
	void gptTranscribeModelsCountTokensAndStream() throws Exception {
		byte[] mp3 = speech("mp3", TEXT);
		HttpResponse<String> json = multipart("/v1/audio/transcriptions", mp3, "model", "gpt-4o-transcribe");
		JsonNode usage = JSON.readTree(json.body()).path("usage");

		assertThat(OpenApiSchemas.get().errors("CreateTranscriptionResponseJson", json.body())).isEmpty();
		assertThat(usage.path("type").asString()).isEqualTo("tokens");
		assertThat(usage.path("input_token_details").path("audio_tokens").asInt()).as("10 a second").isBetween(80, 82);
		assertThat(usage.path("output_tokens").asInt()).isPositive();

		List<String> deltas = new ArrayList<>();
		String done;
		try (StreamResponse<TranscriptionStreamEvent> stream = client().audio()
			.transcriptions()
			.createStreaming(TranscriptionCreateParams.builder().file(mp3).model("gpt-4o-mini-transcribe").build())) {
			List<TranscriptionStreamEvent> events = stream.stream().toList();
			events.stream()
				.filter(TranscriptionStreamEvent::isTranscriptTextDelta)
				.forEach((event) -> deltas.add(event.asTranscriptTextDelta().delta()));
			done = events.get(events.size() - 1).asTranscriptTextDone().text();
		}
		assertThat(String.join("", deltas)).isEqualTo(TEXT);
		assertThat(done).isEqualTo(TEXT);
	}

	@Test
	void otherAudioGetsWordsForItsLengthTheSameEachTime() {
		byte[] silence = AudioEncoding.encode(new short[24_000 * 12], "wav", "");
		byte[] plain = withoutTranscript(silence);

		String first = multipart("/v1/audio/transcriptions", plain, "model", "whisper-1").body();
		String again = multipart("/v1/audio/transcriptions", plain, "model", "whisper-1").body();
		String text = JSON.readTree(first).path("text").asString();

		assertThat(first).isEqualTo(again);
		assertThat(text.split(" ")).as("12 s at 150 words a minute").hasSize(30);
		assertThat(text).endsWith(".");
	}

	@Test
	void largeUploadsAreTranscribed() throws Exception {
		byte[] flac = AudioEncoding.encode(new short[600_000], "flac", "A large FLAC file.");
		byte[] wav = AudioEncoding.encode(new short[10_000_000], "wav", "A twenty megabyte WAV file.");

		assertThat(flac.length).isGreaterThan(1_200_000);
		assertThat(wav.length).isGreaterThan(20_000_000);
		assertThat(JSON.readTree(multipart("/v1/audio/transcriptions", flac, "model", "whisper-1").body())
			.path("text")
			.asString()).isEqualTo("A large FLAC file.");
		HttpResponse<String> large = multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "response_format",
				"verbose_json");
		assertThat(large.statusCode()).as(large.body()).isEqualTo(200);
		assertThat(JSON.readTree(large.body()).path("duration").asDouble()).isCloseTo(416.67, within(0.01));
	}

	@Test
	void translationsAnswerInEnglishWithWhisper() throws Exception {
		var translation = client().audio()
			.translations()
			.create(TranslationCreateParams.builder().file(speech("mp3", TEXT)).model(AudioModel.WHISPER_1).build());

		assertThat(translation.asTranslation().text()).isEqualTo(TEXT);
		HttpResponse<String> wrong = multipart("/v1/audio/translations", speech("mp3", TEXT), "model",
				"gpt-4o-transcribe");
		assertThat(wrong.statusCode()).isEqualTo(404);
	}

	@Test
	void eachModelsRulesAreOpenAisErrors() throws Exception {
		byte[] wav = speech("wav", "Hello there.");

		assertThat(JSON
			.readTree(multipart("/v1/audio/transcriptions", wav, "model", "gpt-4o-transcribe", "response_format", "srt")
				.body())
			.path("error")
			.path("message")
			.asString())
			.isEqualTo("response_format 'srt' is not compatible with model 'gpt-4o-transcribe'. Use 'json' or 'text'.");
		HttpResponse<String> notAudio = multipart("/v1/audio/transcriptions",
				"just text".getBytes(StandardCharsets.UTF_8), "model", "whisper-1");
		assertThat(notAudio.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(notAudio.body()).path("error").path("message").asString())
			.startsWith("Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4'");
		assertThat(multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "stream", "true").statusCode())
			.isEqualTo(400);
		assertThat(multipart("/v1/audio/transcriptions", wav, "model", "whisper-1", "bogus", "1").body())
			.contains("Unknown parameter: 'bogus'.");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().audio()
			.transcriptions()
			.create(TranscriptionCreateParams.builder()
				.file(wav)
				.model(AudioModel.WHISPER_1)
				.responseFormat(AudioResponseFormat.JSON)
				.timestampGranularities(List.of(TranscriptionCreateParams.TimestampGranularity.WORD))
				.build()));
	}

	@Test
	void durationsClaimedByTheContainerAreBounded() {
		HttpResponse<String> tooLong = multipart("/v1/audio/transcriptions", AudioDecoders.mp4("M4A ", 10, 16_000),
				"model", "gpt-4o-transcribe");
		HttpResponse<String> hours = multipart("/v1/audio/transcriptions", AudioDecoders.mp4("isom", 1, 10 * 3600),
				"model", "whisper-1");

		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooLong.body()).path("error").path("message").asString())
			.isEqualTo("audio duration 1600.0 seconds is longer than 1500 seconds which is the maximum for this model");
		assertThat(hours.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(hours.body()).path("text").asString().split(" ")).as("at most 40,000 words")
			.hasSize(40_000);
	}

	@Test
	void aBrokenMultipartBodyIsA400() {
		HttpResponse<String> broken = ContractTestClients.send(ContractTestClients
			.request(this.port, "/v1/audio/transcriptions", "Content-Type", "multipart/form-data; boundary=XYZ")
			.POST(HttpRequest.BodyPublishers
				.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n--XY"))
			.build());

		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", broken.body())).isEmpty();
	}

	/** A WAV without our text chunk: any audio a client might send. */
	private static byte[] withoutTranscript(byte[] wav) {
		String text = new String(wav, 0, 64, StandardCharsets.ISO_8859_1);
		int chunk = text.indexOf("fkai");
		byte[] out = new byte[wav.length - 8];
		System.arraycopy(wav, 0, out, 0, chunk);
		System.arraycopy(wav, chunk + 8, out, chunk, wav.length - chunk - 8);
		int riff = out.length - 8;
		out[4] = (byte) riff;
		out[5] = (byte) (riff >> 8);
		out[6] = (byte) (riff >> 16);
		out[7] = (byte) (riff >> 24);
		return out;
	}

	private HttpResponse<String> multipart(String path, byte[] file, String... fields) {
		return ContractTestClients.multipart(this.port, path, "audio", file, fields);
	}

}
