package dev.fakeai.models;

import java.util.List;

/**
 * What a text-to-speech model takes, as OpenAI's speech API documents it per model
 * ({@code CreateSpeechRequest} in its OpenAPI description and the text-to-speech guide).
 *
 * @param voices the built-in voices it speaks with
 * @param instructions whether it takes {@code instructions} on how to speak
 * @param customVoices whether it takes a custom voice ({@code {"id": "voice_..."}})
 * @param sse whether it streams as server-sent events ({@code stream_format: sse})
 * @param tokenUsage whether it is billed in tokens (a {@code usage} on its stream's last
 * event); otherwise by characters
 */
public record SpeechSpec(List<String> voices, boolean instructions, boolean customVoices, boolean sse,
		boolean tokenUsage) {

	/** tts-1 and tts-1-hd: nine voices, no instructions, no SSE, billed by characters. */
	public static final SpeechSpec TTS_1 = new SpeechSpec(
			List.of("alloy", "ash", "coral", "echo", "fable", "onyx", "nova", "sage", "shimmer"), false, false, false,
			false);

	/**
	 * gpt-4o-mini-tts: thirteen voices and custom ones, instructions, SSE, billed in
	 * tokens.
	 */
	public static final SpeechSpec GPT_TTS = new SpeechSpec(List.of("alloy", "ash", "ballad", "coral", "echo", "fable",
			"nova", "onyx", "sage", "shimmer", "verse", "marin", "cedar"), true, true, true, true);

	public SpeechSpec {
		voices = List.copyOf(voices);
		if (voices.isEmpty()) {
			throw new IllegalArgumentException("a speech model needs voices");
		}
	}

}
