package dev.fakeai.audio;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.CallContext;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.SpeechSpec;
import dev.fakeai.simulation.AudioEncoding;
import dev.fakeai.simulation.SpeechSynthesizer;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/audio/speech}: the model resolved by the engine and held to its
 * {@link SpeechSpec} (voices, instructions, SSE), the text said by
 * {@link SpeechSynthesizer} in the time a voice takes, written in the asked format with
 * the text inside ({@link AudioEncoding}), answered once made (the model's first-token
 * time, then its audio tokens at its pace) or as {@code speech.audio.delta} events.
 */
@RestController
@Tag(name = "Audio")
class SpeechController {

	private static final ApiSurface SURFACE = ApiSurface.of("speech", Capability.SPEECH,
			"This model does not support speech: use gpt-4o-mini-tts.");

	private final GenerationEngine engine;

	SpeechController(GenerationEngine engine) {
		this.engine = engine;
	}

	@PostMapping(path = "/v1/audio/speech", consumes = MediaType.APPLICATION_JSON_VALUE)
	void speech(@RequestBody JsonNode body, ApiExchange exchange) throws IOException {
		SpeechRequest request = SpeechRequestParser.parse(body, exchange.strict());
		ResolvedModel model = this.engine.resolveModel(request.model(), SURFACE, exchange.call());
		SpeechSpec spec = model.model().capabilities().speech();
		if (spec == null) {
			throw ApiException.wrongEndpointForModel(SURFACE.wrongModelMessage());
		}
		check(request, spec);
		model = this.engine.applyScript(model, request.model(), List.of(request.input()), SURFACE, exchange.call());
		int inputTokens = this.engine.countText(model,
				request.input() + ((request.instructions() != null) ? "\n" + request.instructions() : ""));
		double seconds = SpeechSynthesizer.seconds(request.input(), request.speed());
		int outputTokens = (int) Math.ceil(seconds * SpeechSynthesizer.OUTPUT_TOKENS_PER_SECOND);
		exchange.call().admit(model.model().id(), inputTokens + outputTokens);
		// The samples and the file are held until sent: reserved before they are made, so
		// a
		// burst of long speeches is a 503, then corrected to the file (and its base64
		// events).
		long estimate = (long) Math.ceil(seconds * SpeechSynthesizer.SAMPLE_RATE) * 2 * 2;
		int reserved = exchange.call().retainBytes(estimate);
		short[] samples = SpeechSynthesizer.speak(request.input(), request.voice(), request.speed());
		byte[] audio = AudioEncoding.encode(samples, request.format(), request.input());
		exchange.call()
			.retainBytes(audio.length * (request.sse() ? 3L : 1L) - (long) reserved * CallContext.HELD_BYTES_PER_TOKEN);
		long productionNanos = this.engine.productionNanos(model, outputTokens, exchange.call());
		if (request.sse()) {
			Map<String, Integer> usage = new LinkedHashMap<>();
			usage.put("input_tokens", inputTokens);
			usage.put("output_tokens", outputTokens);
			usage.put("total_tokens", inputTokens + outputTokens);
			exchange
				.stream(SpeechStream.of(audio, seconds, usage, model.delayNanos(), productionNanos, exchange.mapper()));
			return;
		}
		// Sent as it is made: about half a second of sound a chunk, the chunks spread
		// over
		// the time the model takes.
		int chunks = (int) Math.max(1, Math.min(audio.length, Math.ceil(seconds * 2)));
		int chunkBytes = (audio.length + chunks - 1) / chunks;
		exchange.chunked(audio, AudioEncoding.CONTENT_TYPES.get(request.format()), chunkBytes, model.delayNanos(),
				productionNanos / chunks);
	}

	private static void check(SpeechRequest request, SpeechSpec spec) {
		if (request.customVoice() ? !spec.customVoices() : !spec.voices().contains(request.voice())) {
			StringBuilder list = new StringBuilder();
			for (int i = 0; i < spec.voices().size(); i++) {
				list.append((i == 0) ? "" : (i == spec.voices().size() - 1) ? ", and " : ", ")
					.append('\'')
					.append(spec.voices().get(i))
					.append('\'');
			}
			throw ApiException.badRequest("voice",
					"Invalid value: '" + request.voice() + "'. Supported values are: " + list + ".", "invalid_value");
		}
		if (request.instructions() != null && !spec.instructions()) {
			throw ApiException.unsupportedParameter("instructions",
					"Unsupported parameter: 'instructions' is not supported with this model.");
		}
		if (request.sse() && !spec.sse()) {
			throw ApiException.unsupportedValue("stream_format",
					"Unsupported value: 'stream_format' does not support 'sse' with this model. Supported values are: "
							+ "'audio'.");
		}
	}

}
