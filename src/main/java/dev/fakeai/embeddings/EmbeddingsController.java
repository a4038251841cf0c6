package dev.fakeai.embeddings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.EmbeddingSpec;
import dev.fakeai.models.ModelCapabilities;
import dev.fakeai.simulation.TextEmbedder;
import dev.fakeai.simulation.TokenCounter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/embeddings}: each input's unit vector, of the model's dimensions (or
 * the fewer asked for, where the model allows it), as floats or base64 little-endian
 * float32, with OpenAI's limits (the model's input length per input, 300,000 tokens per
 * request), answered after the model's time to first token.
 */
@RestController
@Tag(name = "Embeddings")
class EmbeddingsController {

	private static final ApiSurface SURFACE = ApiSurface.of("embeddings", Capability.EMBEDDINGS,
			"This model does not support embeddings: use an embedding model such as text-embedding-3-small.");

	private static final int MAX_REQUEST_TOKENS = 300_000;

	private final GenerationEngine engine;

	private final TokenCounter counter;

	private final TextEmbedder embedder = TextEmbedder.load();

	EmbeddingsController(GenerationEngine engine, TokenCounter counter) {
		this.engine = engine;
		this.counter = counter;
	}

	@PostMapping(path = "/v1/embeddings", consumes = MediaType.APPLICATION_JSON_VALUE)
	void create(@RequestBody JsonNode body, ApiExchange exchange) throws IOException {
		EmbeddingsRequestParser.Parsed parsed = EmbeddingsRequestParser.parse(body, exchange.strict());
		ResolvedModel model = this.engine.resolveModel(parsed.model(), SURFACE, exchange.call());
		ModelCapabilities caps = model.model().capabilities();
		EmbeddingSpec spec = (caps.embeddings() != null) ? caps.embeddings() : new EmbeddingSpec(1536, true, null);
		int dimensions = dimensions(parsed.dimensions(), spec);
		List<String> texts = new ArrayList<>(parsed.inputs().size());
		int total = 0;
		for (EmbeddingInput input : parsed.inputs()) {
			String text = (input.text() != null) ? input.text() : this.counter.decode(caps.tokenizer(), input.tokens());
			if (text == null) {
				throw EmbeddingsRequestParser.invalidInput();
			}
			int tokens = (input.tokens() != null) ? input.tokens().size() : this.counter.count(caps.tokenizer(), text);
			if (tokens > caps.contextWindow()) {
				throw ApiException.badRequest(null, "This model's maximum context length is " + caps.contextWindow()
						+ " tokens, however you requested " + tokens + " tokens (" + tokens + " in your prompt; 0 for "
						+ "the completion). Please reduce your prompt; or completion length.", null);
			}
			total += tokens;
			texts.add(text);
		}
		if (total > MAX_REQUEST_TOKENS) {
			throw ApiException.badRequest(null,
					"Requested " + total + " tokens, max " + MAX_REQUEST_TOKENS + " tokens per request",
					"max_tokens_per_request");
		}
		model = this.engine.applyScript(model, parsed.model(), texts, SURFACE, exchange.call());
		exchange.call().admit(model.model().id(), total);
		long seed = model.model().id().hashCode();
		List<EmbeddingResponse.Embedding> data = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			float[] vector = this.embedder.embed(texts.get(i), spec.dimensions(), seed);
			if (dimensions < spec.dimensions()) {
				vector = TextEmbedder.shorten(vector, dimensions);
			}
			data.add(new EmbeddingResponse.Embedding("embedding", i, parsed.base64() ? base64(vector) : vector));
		}
		exchange.json(
				new EmbeddingResponse("list", data, model.responseName(), new EmbeddingResponse.Usage(total, total)),
				model.delayNanos());
	}

	private static int dimensions(Integer requested, EmbeddingSpec spec) {
		if (requested == null) {
			return spec.dimensions();
		}
		if (!spec.reducible()) {
			throw ApiException.badRequest(null, "This model does not support specifying dimensions.", null);
		}
		if (requested > spec.dimensions()) {
			throw ApiException.outOfRange("dimensions", requested, spec.dimensions(), true, true);
		}
		if (spec.minimumDimensions() != null && requested < spec.minimumDimensions()) {
			throw ApiException.outOfRange("dimensions", requested, spec.minimumDimensions(), false, true);
		}
		return requested;
	}

	/** A vector as the API's base64: its float32 components, little-endian. */
	private static String base64(float[] vector) {
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float component : vector) {
			bytes.putFloat(component);
		}
		return Base64.getEncoder().encodeToString(bytes.array());
	}

}
