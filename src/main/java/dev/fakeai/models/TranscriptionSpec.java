package dev.fakeai.models;

import java.util.List;

/**
 * What a speech-to-text model answers, as OpenAI's transcription API documents it per
 * model ({@code CreateTranscriptionRequest}, the speech-to-text guide).
 *
 * @param formats the {@code response_format}s it answers in
 * @param stream whether it streams ({@code transcript.text.delta} events)
 * @param tokenUsage whether its usage is in tokens; otherwise in seconds of audio
 * @param translations whether {@code /v1/audio/translations} takes it
 * @param timestamps whether it gives segment and word timestamps
 * ({@code timestamp_granularities[]} with {@code verbose_json})
 */
public record TranscriptionSpec(List<String> formats, boolean stream, boolean tokenUsage, boolean translations,
		boolean timestamps) {

	/** whisper-1: every text format, timestamps, translations, billed by the second. */
	public static final TranscriptionSpec WHISPER = new TranscriptionSpec(
			List.of("json", "text", "srt", "verbose_json", "vtt"), false, false, true, true);

	/**
	 * gpt-4o-transcribe and gpt-4o-mini-transcribe: JSON or text, streamed, billed in
	 * tokens.
	 */
	public static final TranscriptionSpec GPT_TRANSCRIBE = new TranscriptionSpec(List.of("json", "text"), true, true,
			false, false);

	/**
	 * gpt-4o-transcribe-diarize: JSON, text or speakers' segments, streamed, billed in
	 * tokens.
	 */
	public static final TranscriptionSpec GPT_DIARIZE = new TranscriptionSpec(List.of("json", "text", "diarized_json"),
			true, true, false, false);

	public TranscriptionSpec {
		formats = List.copyOf(formats);
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("a transcription model needs formats");
		}
	}

}
