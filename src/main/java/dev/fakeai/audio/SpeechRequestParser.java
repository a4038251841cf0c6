package dev.fakeai.audio;

import java.util.Set;

import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code POST /v1/audio/speech} body as OpenAI validates it: {@code model},
 * {@code input} (up to 4,096 characters) and {@code voice} (a name, or a custom voice as
 * {@code {"id": ...}}) required; {@code response_format}, {@code speed} (0.25 to 4.0),
 * {@code stream_format} and {@code instructions} (up to 4,096 characters) checked; each
 * failure OpenAI's 400.
 */
final class SpeechRequestParser {

	static final int MAX_CHARACTERS = 4096;

	private static final Set<String> PARAMETERS = Set.of("model", "input", "voice", "instructions", "response_format",
			"speed", "stream_format");

	private static final Set<String> FORMATS = Set.of("mp3", "opus", "aac", "flac", "wav", "pcm");

	private SpeechRequestParser() {
	}

	static SpeechRequest parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = RequestFields.requiredString(body, "model");
		String input = RequestFields.requiredString(body, "input");
		maxLength("input", input);
		JsonNode voice = RequestFields.present(body, "voice");
		if (voice == null) {
			throw ApiException.missingParameter("voice");
		}
		boolean custom = voice.isObject();
		String voiceName = custom ? RequestFields.requiredString(voice, "id", "voice.id")
				: RequestFields.requiredString(body, "voice");
		String instructions = RequestFields.optionalString(body, "instructions", "instructions");
		if (instructions != null) {
			maxLength("instructions", instructions);
		}
		String format = RequestFields.orDefault(RequestFields.oneOf(body, "response_format", FORMATS), "mp3");
		double speed = RequestFields.orDefault(RequestFields.decimal(body, "speed", 0.25, 4.0), 1.0);
		String stream = RequestFields.orDefault(RequestFields.oneOf(body, "stream_format", Set.of("sse", "audio")),
				"audio");
		return new SpeechRequest(model, input, voiceName, custom, instructions, format, speed, "sse".equals(stream));
	}

	private static void maxLength(String param, String value) {
		if (value.length() > MAX_CHARACTERS) {
			throw ApiException.badRequest(param,
					"Invalid '" + param + "': string too long. Expected a string with maximum length " + MAX_CHARACTERS
							+ ", but got a string with length " + value.length() + " instead.",
					"string_above_max_length");
		}
	}

}
