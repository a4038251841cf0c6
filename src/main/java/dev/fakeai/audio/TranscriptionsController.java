package dev.fakeai.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.TranscriptionSpec;
import dev.fakeai.simulation.AudioProbe;
import dev.fakeai.simulation.MediaTokens;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/audio/transcriptions} and {@code /v1/audio/translations}: the upload
 * recognised from its bytes ({@link AudioProbe}: format, duration, and the text our own
 * speech put in it), the model held to its {@link TranscriptionSpec}, and the transcript
 * (our speech's text exactly, else words of the audio's length seeded by its bytes)
 * answered in the asked format, with its usage, or streamed.
 */
@RestController
@Tag(name = "Audio")
class TranscriptionsController {

	/** The longest audio the gpt-4o transcription models take. */
	static final int MAX_TOKEN_MODEL_SECONDS = 1500;

	private static final ApiSurface TRANSCRIPTIONS = ApiSurface.of("transcriptions", Capability.TRANSCRIPTION,
			"This model does not support transcription: use gpt-4o-transcribe or whisper-1.");

	private static final ApiSurface TRANSLATIONS = ApiSurface.of("translations", Capability.TRANSCRIPTION,
			"This model does not support translation: use whisper-1.");

	private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("en", "english"),
			Map.entry("fr", "french"), Map.entry("de", "german"), Map.entry("es", "spanish"),
			Map.entry("it", "italian"), Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"),
			Map.entry("ja", "japanese"), Map.entry("zh", "chinese"), Map.entry("ko", "korean"),
			Map.entry("ru", "russian"), Map.entry("pl", "polish"), Map.entry("sv", "swedish"),
			Map.entry("tr", "turkish"), Map.entry("ar", "arabic"), Map.entry("hi", "hindi"));

	private final GenerationEngine engine;

	TranscriptionsController(GenerationEngine engine) {
		this.engine = engine;
	}

	@PostMapping(path = "/v1/audio/transcriptions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	void transcribe(HttpServletRequest request, ApiExchange exchange) throws IOException {
		answer(TranscriptionRequestParser.parse(request, false, exchange.strict()), exchange);
	}

	@PostMapping(path = "/v1/audio/translations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	void translate(HttpServletRequest request, ApiExchange exchange) throws IOException {
		answer(TranscriptionRequestParser.parse(request, true, exchange.strict()), exchange);
	}

	private void answer(TranscriptionRequest request, ApiExchange exchange) throws IOException {
		ApiSurface surface = request.translate() ? TRANSLATIONS : TRANSCRIPTIONS;
		ResolvedModel model = this.engine.resolveModel(request.model(), surface, exchange.call());
		TranscriptionSpec spec = model.model().capabilities().transcription();
		if (spec == null || (request.translate() && !spec.translations())) {
			throw ApiException.wrongEndpointForModel(surface.wrongModelMessage());
		}
		check(request, spec, model.model().id());
		AudioProbe probe = AudioProbe.of(request.file());
		if (probe == null) {
			throw ApiException.badRequest(null, "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', "
					+ "'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']", null);
		}
		if (spec.tokenUsage() && probe.seconds() > MAX_TOKEN_MODEL_SECONDS) {
			throw ApiException.badRequest(null,
					"audio duration " + Math.round(probe.seconds() * 10) / 10.0
							+ " seconds is longer than 1500 seconds which is the maximum for this model",
					"invalid_value");
		}
		GenerationEngine.Scripted scripted = this.engine.applyScript(model, request.model(),
				List.of(fixtureKey(request)), surface, exchange.call(), true);
		model = scripted.model();
		String text = (scripted.content() != null) ? scripted.content()
				: (probe.transcript() != null) ? probe.transcript()
						: Transcript.heard(Arrays.hashCode(request.file()), probe.seconds(), request.prompt());
		Transcript transcript = Transcript.of(text, probe.seconds());
		int promptTokens = (request.prompt() != null) ? this.engine.countText(model, request.prompt()) : 0;
		int audioTokens = (int) Math.ceil(probe.seconds() * MediaTokens.AUDIO_TOKENS_PER_SECOND);
		int outputTokens = this.engine.countText(model, transcript.text());
		exchange.call().admit(model.model().id(), promptTokens + audioTokens + outputTokens);
		Map<String, Object> usage = new LinkedHashMap<>();
		if (spec.tokenUsage()) {
			usage.put("type", "tokens");
			usage.put("input_tokens", promptTokens + audioTokens);
			usage.put("input_token_details", Map.of("text_tokens", promptTokens, "audio_tokens", audioTokens));
			usage.put("output_tokens", outputTokens);
			usage.put("total_tokens", promptTokens + audioTokens + outputTokens);
		}
		else {
			usage.put("type", "duration");
			usage.put("seconds", (int) Math.ceil(probe.seconds()));
		}
		long production = this.engine.productionNanos(model, outputTokens, exchange.call());
		long delay = model.delayNanos() + production;
		if (request.stream()) {
			exchange.stream(TranscriptStream.of(transcript, usage, model.delayNanos(), production, exchange.mapper()));
			return;
		}
		String language = language(request);
		switch (request.format()) {
			case "text" -> text(exchange, transcript.text() + "\n", delay);
			case "srt" -> text(exchange, srt(transcript), delay);
			case "vtt" -> text(exchange, vtt(transcript), delay);
			case "verbose_json" -> exchange.json(verbose(request, transcript, language, usage, model), delay);
			case "diarized_json" -> exchange.json(diarized(transcript, usage), delay);
			default -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("text", transcript.text());
				if (!request.translate()) {
					json.put("usage", usage);
				}
				exchange.json(json, delay);
			}
		}
	}

	/**
	 * What a fixture's {@code user} match reads of a transcription: the file's name, its
	 * SHA-256 and the prompt, as {@code file:NAME sha256:HEX prompt:TEXT}.
	 */
	static String fixtureKey(TranscriptionRequest request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.file());
			return "file:" + request.fileName() + " sha256:" + HexFormat.of().formatHex(digest)
					+ ((request.prompt() != null) ? " prompt:" + request.prompt() : "");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void check(TranscriptionRequest request, TranscriptionSpec spec, String model) {
		if (!spec.formats().contains(request.format())) {
			List<String> quoted = spec.formats().stream().map((format) -> "'" + format + "'").toList();
			throw ApiException.unsupportedValue("response_format", "response_format '" + request.format()
					+ "' is not compatible with model '" + model + "'. Use " + String.join(" or ", quoted) + ".");
		}
		if (!request.granularities().isEmpty() && !"verbose_json".equals(request.format())) {
			throw ApiException.invalidParameter("timestamp_granularities",
					"timestamp_granularities is only supported with response_format 'verbose_json'.");
		}
		if (request.stream() && !spec.stream()) {
			throw ApiException.unsupportedValue("stream", "Streaming is not supported for model '" + model
					+ "'. Use gpt-4o-transcribe or " + "gpt-4o-mini-transcribe.");
		}
	}

	private static void text(ApiExchange exchange, String body, long delay) throws IOException {
		exchange.body(body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", delay);
	}

	private Map<String, Object> verbose(TranscriptionRequest request, Transcript transcript, String language,
			Map<String, Object> usage, ResolvedModel model) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("task", request.translate() ? "translate" : "transcribe");
		json.put("language", request.translate() ? "english" : language);
		json.put("duration", Math.round(transcript.seconds() * 100) / 100.0);
		json.put("text", transcript.text());
		if (request.granularities().contains("word")) {
			List<Map<String, Object>> words = new ArrayList<>();
			for (Transcript.Word word : transcript.words()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("word", word.word());
				entry.put("start", word.start());
				entry.put("end", word.end());
				words.add(entry);
			}
			json.put("words", words);
		}
		if (request.granularities().isEmpty() || request.granularities().contains("segment")) {
			List<Map<String, Object>> segments = new ArrayList<>();
			for (Transcript.Segment segment : transcript.segments()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", segment.id());
				entry.put("seek", (int) (Math.floor(segment.start() / 30) * 3000));
				entry.put("start", segment.start());
				entry.put("end", segment.end());
				entry.put("text", " " + segment.text());
				entry.put("tokens", this.engine.tokenIds(model, " " + segment.text()));
				entry.put("temperature", 0.0);
				entry.put("avg_logprob", (-20 - Math.floorMod(segment.text().hashCode(), 20)) / 100.0);
				entry.put("compression_ratio", (120 + Math.floorMod(segment.text().hashCode(), 50)) / 100.0);
				entry.put("no_speech_prob", 0.01);
				segments.add(entry);
			}
			json.put("segments", segments);
		}
		if (!request.translate()) {
			json.put("usage", usage);
		}
		return json;
	}

	private static Map<String, Object> diarized(Transcript transcript, Map<String, Object> usage) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("task", "transcribe");
		json.put("duration", Math.round(transcript.seconds() * 100) / 100.0);
		json.put("text", transcript.text());
		List<Map<String, Object>> segments = new ArrayList<>();
		for (Transcript.Segment segment : transcript.segments()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("type", "transcript.text.segment");
			entry.put("id", "seg_" + segment.id());
			entry.put("start", segment.start());
			entry.put("end", segment.end());
			entry.put("text", segment.text());
			entry.put("speaker", (segment.id() % 2 == 0) ? "A" : "B");
			segments.add(entry);
		}
		json.put("segments", segments);
		json.put("usage", usage);
		return json;
	}

	static String srt(Transcript transcript) {
		StringBuilder out = new StringBuilder();
		for (Transcript.Segment segment : transcript.segments()) {
			out.append(segment.id() + 1)
				.append('\n')
				.append(time(segment.start(), ','))
				.append(" --> ")
				.append(time(segment.end(), ','))
				.append('\n')
				.append(segment.text())
				.append("\n\n");
		}
		return out.toString();
	}

	static String vtt(Transcript transcript) {
		StringBuilder out = new StringBuilder("WEBVTT\n\n");
		for (Transcript.Segment segment : transcript.segments()) {
			out.append(time(segment.start(), '.'))
				.append(" --> ")
				.append(time(segment.end(), '.'))
				.append('\n')
				.append(segment.text())
				.append("\n\n");
		}
		return out.toString();
	}

	private static String time(double seconds, char separator) {
		long millis = Math.round(seconds * 1000);
		return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
				millis / 1000 % 60, separator, millis % 1000);
	}

	private static String language(TranscriptionRequest request) {
		String language = request.language();
		if (language == null || language.isBlank()) {
			return "english";
		}
		return LANGUAGES.getOrDefault(language.toLowerCase(Locale.ROOT), language.toLowerCase(Locale.ROOT));
	}

}
