package dev.fakeai.audio;

import org.jspecify.annotations.Nullable;

/**
 * A speech request as the API received it.
 *
 * @param model the model asked for
 * @param input the text to say
 * @param voice a built-in voice's name, or a custom voice's id
 * @param customVoice whether the voice was given as {@code {"id": ...}}
 * @param instructions how to say it, if given
 * @param format the audio format
 * @param speed 0.25 to 4.0
 * @param sse whether the audio streams as server-sent events
 */
record SpeechRequest(String model, String input, String voice, boolean customVoice, @Nullable String instructions,
		String format, double speed, boolean sse) {
}
