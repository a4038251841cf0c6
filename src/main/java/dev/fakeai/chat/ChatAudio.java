package dev.fakeai.chat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.Ids;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import dev.fakeai.simulation.AudioEncoding;
import dev.fakeai.simulation.SpeechSynthesizer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Audio output in chat completions ({@code modalities: ["text", "audio"]} with
 * {@code audio: {voice, format}}): each answer said by {@link SpeechSynthesizer} in the
 * asked format, as {@code message.audio} ({@code id}, base64 {@code data},
 * {@code expires_at} an hour on, {@code transcript}), the text no longer in
 * {@code content}, and its audio tokens in the usage.
 *
 * @param voice the voice
 * @param format {@code wav}, {@code aac}, {@code mp3}, {@code flac}, {@code opus} or
 * {@code pcm16}
 */
record ChatAudio(String voice, String format) {

	private static final Set<String> FORMATS = Set.of("wav", "aac", "mp3", "flac", "opus", "pcm16");

	/** How long OpenAI keeps an answer's audio for a follow-up turn. */
	private static final long LIFETIME_SECONDS = 3600;

	/**
	 * The audio a request asks for.
	 * @param body the request
	 * @param modalities its output modalities
	 * @return the audio, or {@code null} when the request asks for text only
	 */
	static @Nullable ChatAudio of(JsonNode body, List<String> modalities) {
		JsonNode audio = RequestFields.present(body, "audio");
		if (!modalities.contains("audio")) {
			return null;
		}
		if (audio == null) {
			throw ApiException.invalidParameter("audio",
					"The 'audio' parameter is required when 'modalities' includes 'audio'.");
		}
		RequestFields.object(audio, "audio");
		JsonNode voice = RequestFields.present(audio, "voice");
		if (voice == null) {
			throw ApiException.missingParameter("audio.voice");
		}
		String name = voice.isObject() ? RequestFields.requiredString(voice, "id", "audio.voice.id")
				: RequestFields.requiredString(audio, "voice", "audio.voice");
		String format = RequestFields.requiredString(audio, "format", "audio.format");
		if (!FORMATS.contains(format)) {
			throw ApiException.badRequest("audio.format",
					"Invalid value: '" + format
							+ "'. Supported values are: 'wav', 'aac', 'mp3', 'flac', 'opus', and 'pcm16'.",
					"invalid_value");
		}
		return new ChatAudio(name, format);
	}

	/**
	 * An answer said aloud.
	 * @param text the answer
	 * @return the message's audio
	 */
	ChatCompletion.Audio say(String text) {
		short[] samples = SpeechSynthesizer.speak(text, this.voice, 1.0);
		byte[] file = AudioEncoding.encode(samples, "pcm16".equals(this.format) ? "pcm" : this.format, text);
		return new ChatCompletion.Audio(Ids.alphanumeric("audio_", 32), Base64.getEncoder().encodeToString(file),
				Instant.now().getEpochSecond() + LIFETIME_SECONDS, text);
	}

	/**
	 * What saying a completion's answers holds until it is sent: their samples, and their
	 * files in base64, for the in-flight budget.
	 * @param completion the completion, its answers still text
	 * @return bytes
	 */
	static long heldBytes(ChatCompletion completion) {
		long bytes = 0;
		for (ChatCompletion.Choice choice : completion.choices()) {
			String text = choice.message().content();
			if (text != null) {
				bytes += (long) Math.ceil(SpeechSynthesizer.seconds(text, 1.0) * SpeechSynthesizer.SAMPLE_RATE) * 2 * 3;
			}
		}
		return bytes;
	}

	/**
	 * The audio tokens of an answer.
	 * @param text the answer
	 * @return the tokens
	 */
	static int tokens(String text) {
		return (int) Math.ceil(SpeechSynthesizer.seconds(text, 1.0) * SpeechSynthesizer.OUTPUT_TOKENS_PER_SECOND);
	}

}
