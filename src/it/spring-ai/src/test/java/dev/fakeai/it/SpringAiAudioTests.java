package dev.fakeai.it;

import java.io.ByteArrayInputStream;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.openai.OpenAiAudioSpeechModel;
import org.springframework.ai.openai.OpenAiAudioSpeechOptions;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AI's OpenAI speech and transcription models against fakeai: text said as WAV
 * for the time its words take, then transcribed back to the same text.
 */
class SpringAiAudioTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private static final String TEXT = "Spring AI speaks, and Spring AI listens.";

	@Test
	void speechTranscribesBackToItsText() throws Exception {
		OpenAiAudioSpeechModel speech = OpenAiAudioSpeechModel.builder()
			.options(OpenAiAudioSpeechOptions.builder()
				.baseUrl(BASE_URL)
				.apiKey("sk-test")
				.model("tts-1")
				.voice("nova")
				.responseFormat("wav")
				.maxRetries(0)
				.build())
			.build();
		byte[] wav = speech.call(TEXT);

		try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
			assertThat(in.getFrameLength() / in.getFormat().getFrameRate()).as("7 words at 150 a minute")
				.isBetween(2.7f, 2.9f);
		}

		OpenAiAudioTranscriptionModel transcription = OpenAiAudioTranscriptionModel.builder()
			.options(OpenAiAudioTranscriptionOptions.builder()
				.baseUrl(BASE_URL)
				.apiKey("sk-test")
				.model("whisper-1")
				.maxRetries(0)
				.build())
			.build();
		String text = transcription.call(new AudioTranscriptionPrompt(new ByteArrayResource(wav) {

			@Override
			public String getFilename() {
				return "speech.wav";
			}

		})).getResult().getOutput();

		// Spring AI asks for response_format "text", which ends with a newline as OpenAI's does.
		assertThat(text).isEqualTo(TEXT + "\n");
	}

}
