package dev.fakeai.contract;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import com.openai.models.audio.AudioModel;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAudio;
import com.openai.models.chat.completions.ChatCompletionAudioParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.fakeai.simulation.AudioDecoders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audio output in chat completions through openai-java: the answer said aloud in
 * {@code message.audio} (decodable, and transcribed back to its transcript by our own
 * transcription), the text out of {@code content}, audio tokens in the usage; the answer
 * valid against the OpenAPI description; the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatAudioContractTests extends SdkContractTest {

	private HttpResponse<String> post(String body) {
		return ContractTestClients.postJson(this.port, "/v1/chat/completions", body);
	}

	@Test
	void theAnswerIsSaidAloudAndTranscribesBackToItsTranscript() throws Exception {
		ChatCompletion completion = client().chat()
			.completions()
			.create(ChatCompletionCreateParams.builder()
				.model("gpt-4o-audio-preview")
				.modalities(
						List.of(ChatCompletionCreateParams.Modality.TEXT, ChatCompletionCreateParams.Modality.AUDIO))
				.audio(ChatCompletionAudioParam.builder()
					.voice(ChatCompletionAudioParam.Voice.ofString("alloy"))
					.format(ChatCompletionAudioParam.Format.WAV)
					.build())
				.addUserMessage("What is the capital of France?")
				.build());

		var message = completion.choices().get(0).message();
		ChatCompletionAudio audio = message.audio().orElseThrow();
		byte[] wav = Base64.getDecoder().decode(audio.data());
		assertThat(message.content()).isEmpty();
		assertThat(audio.id()).startsWith("audio_");
		assertThat(audio.transcript()).contains("Paris");
		assertThat(audio.expiresAt()).isGreaterThan(completion.created());
		assertThat(AudioDecoders.samples(wav, "wav")).isPositive();
		assertThat(client().audio()
			.transcriptions()
			.create(TranscriptionCreateParams.builder().file(wav).model(AudioModel.WHISPER_1).build())
			.asTranscription()
			.text()).isEqualTo(audio.transcript());
		assertThat(completion.usage().orElseThrow().completionTokensDetails().orElseThrow().audioTokens())
			.hasValueSatisfying((tokens) -> assertThat(tokens).isPositive());
	}

	@Test
	void theAnswerValidatesAgainstTheDescriptionInEveryFormat() {
		for (String format : new String[] { "wav", "mp3", "flac", "opus", "aac", "pcm16" }) {
			HttpResponse<String> response = post("{\"model\": \"gpt-4o-audio-preview\", \"modalities\": [\"text\", "
					+ "\"audio\"], \"audio\": {\"voice\": \"coral\", \"format\": \"" + format
					+ "\"}, \"messages\": [{\"role\": \"user\", \"content\": \"Say hello.\"}]}");

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			ChatHttpContractTests.assertValidChat(response);
			JsonNode usage = JSON.readTree(response.body()).path("usage");
			assertThat(usage.path("completion_tokens").asInt())
				.isGreaterThan(usage.path("completion_tokens_details").path("audio_tokens").asInt());
		}
	}

	@Test
	void aStreamSendsTheTranscriptThenTheSoundThenTheExpiry() throws Exception {
		HttpResponse<String> response = post("{\"model\": \"gpt-4o-audio-preview\", \"stream\": true, "
				+ "\"stream_options\": {\"include_usage\": true}, \"modalities\": [\"text\", \"audio\"], "
				+ "\"audio\": {\"voice\": \"alloy\", \"format\": \"pcm16\"}, "
				+ "\"messages\": [{\"role\": \"user\", \"content\": \"What is the capital of France?\"}]}");

		StringBuilder transcript = new StringBuilder();
		java.io.ByteArrayOutputStream sound = new java.io.ByteArrayOutputStream();
		String id = null;
		long expiresAt = 0;
		int audioTokens = 0;
		for (String line : response.body().split("\n")) {
			if (!line.startsWith("data: {")) {
				continue;
			}
			JsonNode chunk = JSON.readTree(line.substring(6));
			JsonNode audio = chunk.path("choices").path(0).path("delta").path("audio");
			if (audio.has("id")) {
				id = audio.path("id").asString();
			}
			transcript.append(audio.path("transcript").asString(""));
			if (audio.has("data")) {
				sound.writeBytes(Base64.getDecoder().decode(audio.path("data").asString()));
			}
			expiresAt = Math.max(expiresAt, audio.path("expires_at").asLong(0));
			audioTokens += chunk.path("usage").path("completion_tokens_details").path("audio_tokens").asInt(0);
			assertThat(chunk.path("choices").path(0).path("delta").has("content")
					&& !chunk.path("choices").path(0).path("delta").path("content").isNull())
				.as("the text comes as the transcript, not as content")
				.isFalse();
		}

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(id).startsWith("audio_");
		assertThat(transcript.toString()).contains("Paris");
		assertThat(sound.size()).as("24 kHz 16-bit samples of the transcript")
			.isEqualTo(AudioDecoders.samplesOf(transcript.toString()) * 2);
		assertThat(expiresAt).isPositive();
		assertThat(audioTokens).isPositive();
	}

	@Test
	void refusalsAreOpenAisErrors() {
		String ask = "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]";

		HttpResponse<String> noAudioModel = post("{\"model\": \"gpt-4o-mini\", \"modalities\": [\"text\", \"audio\"], "
				+ "\"audio\": {\"voice\": \"alloy\", \"format\": \"wav\"}, " + ask + "}");
		HttpResponse<String> noAudioParameter = post(
				"{\"model\": \"gpt-4o-audio-preview\", \"modalities\": [\"text\", \"audio\"], " + ask + "}");
		HttpResponse<String> badFormat = post("{\"model\": \"gpt-4o-audio-preview\", \"modalities\": [\"text\", "
				+ "\"audio\"], \"audio\": {\"voice\": \"alloy\", \"format\": \"ogg\"}, " + ask + "}");
		HttpResponse<String> streamed = post("{\"model\": \"gpt-4o-audio-preview\", \"stream\": true, \"modalities\": "
				+ "[\"text\", \"audio\"], \"audio\": {\"voice\": \"alloy\", \"format\": \"mp3\"}, " + ask + "}");

		assertThat(noAudioModel.statusCode()).isEqualTo(400);
		assertThat(noAudioModel.body()).contains("This model does not support audio output.");
		assertThat(noAudioParameter.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noAudioParameter.body()).path("error").path("param").asString()).isEqualTo("audio");
		assertThat(JSON.readTree(badFormat.body()).path("error").path("param").asString()).isEqualTo("audio.format");
		assertThat(streamed.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(streamed.body()).path("error").path("message").asString()).isEqualTo(
				"Unsupported value: 'audio.format' does not support 'mp3' with 'stream': true. Supported values are: "
						+ "'pcm16'.");
	}

}
