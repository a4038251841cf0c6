package dev.fakeai.moderations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.simulation.ModerationLexicon;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/moderations}: every input scored for OpenAI's 13 categories from the
 * moderation lexicon, by a model with the {@code moderation} flag (images only where it
 * also has {@code vision}).
 */
@RestController
class ModerationsController {

	private static final ApiSurface SURFACE = ApiSurface.of(Capability.MODERATION,
			"This model does not support moderation: use omni-moderation-latest.");

	/** The categories OpenAI also applies to images. */
	private static final Set<String> IMAGE_CATEGORIES = Set.of("self-harm", "self-harm/intent",
			"self-harm/instructions", "sexual", "violence", "violence/graphic");

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final GenerationEngine engine;

	private final ModerationLexicon lexicon = ModerationLexicon.load();

	private final boolean strict;

	ModerationsController(GenerationEngine engine, FakeAiProperties properties) {
		this.engine = engine;
		this.strict = properties.compat().strictParameters();
	}

	@PostMapping(path = "/v1/moderations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ModerationResponse create(@RequestBody JsonNode body) {
		ModerationsRequestParser.Parsed request = ModerationsRequestParser.parse(body, this.strict);
		ResolvedModel model = this.engine.resolveModel(request.model(), SURFACE);
		List<ModerationResponse.Result> results = new ArrayList<>(request.inputs().size());
		for (ModerationInput input : request.inputs()) {
			if (input.images() > 0 && !model.model().has(Capability.VISION)) {
				throw ApiException.invalidParameter("input",
						"This model does not support image inputs: use omni-moderation-latest.");
			}
			results.add(result(input));
		}
		return new ModerationResponse(newId(), model.responseName(), results);
	}

	private ModerationResponse.Result result(ModerationInput input) {
		Map<String, Double> scores = this.lexicon.scores(input.text());
		Map<String, Boolean> categories = new LinkedHashMap<>();
		Map<String, List<String>> applied = new LinkedHashMap<>();
		boolean flagged = false;
		for (Map.Entry<String, Double> score : scores.entrySet()) {
			boolean fired = input.hasText() && score.getValue() >= ModerationLexicon.THRESHOLD;
			categories.put(score.getKey(), fired);
			flagged |= fired;
			List<String> types = new ArrayList<>(2);
			if (input.hasText()) {
				types.add("text");
			}
			if (input.images() > 0 && IMAGE_CATEGORIES.contains(score.getKey())) {
				types.add("image");
			}
			applied.put(score.getKey(), types);
		}
		return new ModerationResponse.Result(flagged, categories, scores, applied);
	}

	/** An id as OpenAI's: {@code modr-} and 32 hex digits. */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder id = new StringBuilder("modr-");
		for (int i = 0; i < 32; i++) {
			id.append(HEX[random.nextInt(HEX.length)]);
		}
		return id.toString();
	}

}
