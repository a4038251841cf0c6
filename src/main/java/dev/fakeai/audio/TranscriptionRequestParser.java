package dev.fakeai.audio;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fakeai.config.MultipartForm;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * Reads a transcription or translation form (OpenAI's {@code CreateTranscriptionRequest}
 * and {@code CreateTranslationRequest}): {@code file} and {@code model} required,
 * {@code response_format}, {@code temperature} (0 to 1),
 * {@code timestamp_granularities[]} and {@code include[]} checked; with strict parameters
 * another field is OpenAI's {@code unknown_parameter} 400.
 */
final class TranscriptionRequestParser {

	private static final Set<String> TRANSCRIPTIONS = Set.of("model", "language", "languages", "keywords", "prompt",
			"response_format", "temperature", "include", "include[]", "timestamp_granularities",
			"timestamp_granularities[]", "stream", "chunking_strategy", "known_speaker_names", "known_speaker_names[]",
			"known_speaker_references", "known_speaker_references[]");

	private static final Set<String> TRANSLATIONS = Set.of("model", "prompt", "response_format", "temperature");

	private static final Set<String> FORMATS = Set.of("json", "text", "srt", "verbose_json", "vtt", "diarized_json");

	private TranscriptionRequestParser() {
	}

	static TranscriptionRequest parse(HttpServletRequest request, boolean translate, boolean strict) {
		MultipartForm form = MultipartForm.read(request, Set.of("file"), Set.of("temperature"), Set.of("stream"));
		JsonNode body = RequestFields.body(form.fields(), strict, translate ? TRANSLATIONS : TRANSCRIPTIONS);
		List<MultipartForm.Upload> files = form.files("file");
		if (files.isEmpty()) {
			throw ApiException.missingParameter("file");
		}
		String model = RequestFields.requiredString(body, "model");
		Set<String> formats = translate ? Set.of("json", "text", "srt", "verbose_json", "vtt") : FORMATS;
		String format = RequestFields.orDefault(RequestFields.oneOf(body, "response_format", formats), "json");
		RequestFields.decimal(body, "temperature", 0, 1);
		Set<String> granularities = new LinkedHashSet<>();
		for (String value : values(body, "timestamp_granularities")) {
			if (!Set.of("word", "segment").contains(value)) {
				throw ApiException.badRequest("timestamp_granularities",
						"Invalid value: '" + value + "'. Supported values are: 'word' and 'segment'.", "invalid_value");
			}
			granularities.add(value);
		}
		boolean logprobs = false;
		for (String value : values(body, "include")) {
			if (!"logprobs".equals(value)) {
				throw ApiException.badRequest("include",
						"Invalid value: '" + value + "'. Supported values are: 'logprobs'.", "invalid_value");
			}
			logprobs = true;
		}
		return new TranscriptionRequest(translate, model, files.get(0).bytes(), files.get(0).name(),
				RequestFields.optionalString(body, "language", "language"),
				RequestFields.optionalString(body, "prompt", "prompt"), format, granularities,
				RequestFields.bool(body, "stream", false), logprobs);
	}

	/** A field sent as {@code name[]} (once or more) or as {@code name}. */
	private static List<String> values(JsonNode body, String name) {
		JsonNode value = (body.has(name + "[]")) ? body.get(name + "[]") : body.get(name);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (value.isArray()) {
			return value.valueStream().map(JsonNode::asString).toList();
		}
		return List.of(value.asString());
	}

}
