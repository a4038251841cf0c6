package dev.fakeai.images;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.CallContext;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.images.ImageRequest.Operation;
import dev.fakeai.images.ImageRequest.Upload;
import dev.fakeai.models.Capability;
import dev.fakeai.models.ImageSpec;
import dev.fakeai.simulation.ImagePainter;
import dev.fakeai.simulation.ImageProbe;
import dev.fakeai.simulation.MediaTokens;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /v1/images/generations}, {@code /edits} and {@code /variations}: the model
 * resolved by the engine, the request held to its {@link ImageSpec}, pictures drawn from
 * the prompt ({@link ImagePainter}) in the asked size and format, answered as base64 or
 * as URLs this server serves for an hour ({@code /fakeai/images/...}), after the time the
 * model's latency profile gives the images' tokens; the GPT image models stream partial
 * images when asked.
 */
@RestController
@Tag(name = "Images")
class ImagesController {

	/** Where the images answered by URL are served. */
	static final String FILES = "/fakeai/images/";

	/** The bytes of images kept for their URLs. */
	static final long FILES_BUDGET_BYTES = 64L * 1024 * 1024;

	/**
	 * Tokens the timing of a DALL·E image follows (those models are not billed in
	 * tokens).
	 */
	private static final int DALL_E_TIMING_TOKENS = 1056;

	private static final ApiSurface SURFACE = ApiSurface.of("images", Capability.IMAGE_GENERATION,
			"This model does not support image generation: use gpt-image-1.");

	private final GenerationEngine engine;

	private final ImageFiles files = new ImageFiles(FILES_BUDGET_BYTES, Clock.systemUTC());

	ImagesController(GenerationEngine engine) {
		this.engine = engine;
	}

	@PostMapping(path = "/v1/images/generations", consumes = MediaType.APPLICATION_JSON_VALUE)
	void generate(@RequestBody JsonNode body, ApiExchange exchange, HttpServletRequest http) throws IOException {
		answer(ImagesRequestParser.json(body, exchange.strict()), exchange, http);
	}

	@PostMapping(path = "/v1/images/edits", consumes = MediaType.APPLICATION_JSON_VALUE)
	void editJson(@RequestBody JsonNode body, ApiExchange exchange, HttpServletRequest http) throws IOException {
		answer(ImagesRequestParser.jsonEdit(body, exchange.strict()), exchange, http);
	}

	@PostMapping(path = "/v1/images/edits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	void edit(HttpServletRequest request, ApiExchange exchange) throws IOException {
		answer(ImagesRequestParser.multipart(Operation.EDITS, request, exchange.strict()), exchange, request);
	}

	@PostMapping(path = "/v1/images/variations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	void vary(HttpServletRequest request, ApiExchange exchange) throws IOException {
		answer(ImagesRequestParser.multipart(Operation.VARIATIONS, request, exchange.strict()), exchange, request);
	}

	/** An image answered by URL: for an hour, then OpenAI's expired-link 403. */
	@Hidden
	@GetMapping(FILES + "{name}")
	ResponseEntity<byte[]> file(@PathVariable String name) {
		ImageFiles.Stored stored = this.files.get(name);
		if (stored == null) {
			throw ApiException.notFound("No image '" + name + "' is kept: image URLs last an hour, and the oldest "
					+ "go first when the server's image budget is spent.");
		}
		if (this.files.expired(stored)) {
			throw ApiException.permissionDenied(
					"This image URL has expired: image URLs are valid for 60 minutes after the image was made.");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/" + stored.format()))
			.cacheControl(CacheControl.noStore())
			.body(stored.content());
	}

	private void answer(ImageRequest request, ApiExchange exchange, HttpServletRequest http) throws IOException {
		ResolvedModel model = this.engine.resolveModel(request.model(), SURFACE, exchange.call());
		ImageSpec spec = model.model().capabilities().images();
		if (spec == null) {
			throw ApiException.wrongEndpointForModel(SURFACE.wrongModelMessage());
		}
		ImagePlan plan = ImageRules.plan(request, model.model().id(), spec);
		String prompt = (request.prompt() != null) ? request.prompt() : "";
		model = this.engine.applyScript(model, request.model(), List.of(prompt), SURFACE, exchange.call());
		int textTokens = plan.gptImage() ? this.engine.countText(model, prompt) : 0;
		int imageTokens = 0;
		long seed = prompt.hashCode();
		for (Upload upload : request.images()) {
			ImageProbe probe = (upload.bytes() != null) ? ImageProbe.of(upload.bytes()) : ImageRules.REMOTE;
			imageTokens += (plan.gptImage() && probe != null) ? MediaTokens.imageTokens(probe.width(), probe.height())
					: 0;
			seed = seed * 31 + upload.contentHash();
		}
		Integer perImageTokens = spec.outputTokens(plan.width(), plan.height(), plan.quality());
		int outputTokens = (perImageTokens != null) ? perImageTokens * plan.n() : 0;
		exchange.call().admit(model.model().id(), textTokens + imageTokens + outputTokens);
		ImagesResponse.Usage usage = plan.gptImage() ? new ImagesResponse.Usage(textTokens + imageTokens,
				new ImagesResponse.InputDetails(textTokens, imageTokens), outputTokens,
				textTokens + imageTokens + outputTokens) : null;
		long perImageNanos = this.engine.productionNanos(model,
				(perImageTokens != null) ? perImageTokens : DALL_E_TIMING_TOKENS, exchange.call());
		long created = Instant.now().getEpochSecond();
		String subject = (request.prompt() != null) ? prompt : "a variation";
		// The files are held until the answer is sent: counted in the in-flight budget
		// (an
		// estimate of a byte a pixel first, so a burst is refused before it is drawn).
		int drawings = plan.n() * (request.stream() ? plan.partialImages() + 1 : 1);
		int estimate = exchange.call().retainBytes((long) drawings * plan.width() * plan.height());
		if (request.stream()) {
			stream(request, plan, subject, seed, usage, created, model.delayNanos(), perImageNanos, exchange, estimate);
			return;
		}
		List<ImagesResponse.Image> data = new ArrayList<>(plan.n());
		long held = 0;
		for (int i = 0; i < plan.n(); i++) {
			byte[] file = draw(subject, seed + i, plan, 1);
			String url = plan.urls() ? url(http, this.files.put(file, plan.format())) : null;
			String base64 = plan.urls() ? null : Base64.getEncoder().encodeToString(file);
			held += (base64 != null) ? base64.length() : 0;
			data.add(new ImagesResponse.Image(plan.revisedPrompt(), url, base64));
		}
		exchange.call().retainBytes(held - (long) estimate * CallContext.HELD_BYTES_PER_TOKEN);
		ImagesResponse response = plan.gptImage()
				? new ImagesResponse(created, plan.transparent() ? "transparent" : "opaque", data, plan.format(),
						plan.quality(), plan.size(), usage)
				: new ImagesResponse(created, null, data, null, null, null, null);
		exchange.json(response, model.delayNanos() + perImageNanos * plan.n());
	}

	private void stream(ImageRequest request, ImagePlan plan, String subject, long seed,
			ImagesResponse.@Nullable Usage usage, long created, long firstNanos, long perImageNanos,
			ApiExchange exchange, int estimate) throws IOException {
		List<List<String>> partials = new ArrayList<>(plan.n());
		List<String> images = new ArrayList<>(plan.n());
		Base64.Encoder base64 = Base64.getEncoder();
		for (int i = 0; i < plan.n(); i++) {
			List<String> partial = new ArrayList<>(plan.partialImages());
			for (int k = 0; k < plan.partialImages(); k++) {
				partial
					.add(base64.encodeToString(draw(subject, seed + i, plan, (k + 1.0) / (plan.partialImages() + 1))));
			}
			partials.add(partial);
			images.add(base64.encodeToString(draw(subject, seed + i, plan, 1)));
		}
		long held = 0;
		for (int i = 0; i < plan.n(); i++) {
			held += images.get(i).length();
			for (String partial : partials.get(i)) {
				held += partial.length();
			}
		}
		exchange.call().retainBytes(held - (long) estimate * CallContext.HELD_BYTES_PER_TOKEN);
		String prefix = request.operation().eventPrefix();
		exchange.stream(ImageStream.of((prefix != null) ? prefix : "image_generation", plan, partials, images, usage,
				created, firstNanos, perImageNanos, exchange.mapper()));
	}

	private static byte[] draw(String subject, long seed, ImagePlan plan, double detail) {
		return ImagePainter.encode(
				ImagePainter.paint(subject, seed, plan.width(), plan.height(), plan.transparent(), detail),
				plan.format(), plan.compression());
	}

	private static String url(HttpServletRequest http, ImageFiles.Stored stored) {
		return ServletUriComponentsBuilder.fromContextPath(http)
			.path(FILES + stored.name())
			.queryParam("se", stored.expires().truncatedTo(ChronoUnit.SECONDS).toString())
			.build()
			.toUriString();
	}

}
