package dev.fakeai.it;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.openai.OpenAiAudioTranscriptionModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI transcription model against fakeai: speech fakeai made, transcribed
 * back to its text.
 */
class LangChain4jAudioTests {

	private static final String TEXT = "LangChain4j hears what the emulator said.";

	@Test
	void transcribesSpeechBackToItsText() throws Exception {
		HttpResponse<byte[]> speech = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(ChatModelSuite.BASE_URL + "/audio/speech"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"gpt-4o-mini-tts\", \"input\": \"" + TEXT
						+ "\", \"voice\": \"sage\", \"response_format\": \"mp3\"}"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		OpenAiAudioTranscriptionModel model = OpenAiAudioTranscriptionModel.builder()
			.baseUrl(ChatModelSuite.BASE_URL)
			.apiKey("sk-test")
			.modelName("whisper-1")
			.build();

		String text = model
			.transcribe(AudioTranscriptionRequest.builder()
				.audio(Audio.builder().binaryData(speech.body()).mimeType("audio/mpeg").build())
				.build())
			.text();

		assertThat(speech.statusCode()).isEqualTo(200);
		assertThat(text).isEqualTo(TEXT);
	}

}
