package dev.fakeai.audio;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A transcription or translation request as the API received it.
 *
 * @param translate whether it is {@code /v1/audio/translations} (English out)
 * @param model the model asked for
 * @param file the uploaded audio
 * @param fileName the name the client gave the file
 * @param language the audio's language, if given (ISO-639-1)
 * @param prompt text to guide the transcript, if given
 * @param format the {@code response_format}
 * @param granularities the {@code timestamp_granularities[]} asked for
 * @param stream whether the transcript streams
 * @param logprobs whether {@code include[]} asks for log probabilities
 */
record TranscriptionRequest(boolean translate, String model, byte[] file, String fileName, @Nullable String language,
		@Nullable String prompt, String format, Set<String> granularities, boolean stream, boolean logprobs) {
}
