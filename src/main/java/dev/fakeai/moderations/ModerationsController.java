package dev.fakeai.moderations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.ContentModeration;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.Ids;
import dev.fakeai.engine.ResolvedModel;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/moderations}: every input scored for OpenAI's 13 categories from the
 * moderation lexicon, by a model with the {@code moderation} flag (images only where it
 * also has {@code vision}), answered after the model's time to first token.
 */
@RestController
@Tag(name = "Moderations")
class ModerationsController {

	private static final ApiSurface SURFACE = ApiSurface.of("moderations", Capability.MODERATION,
			"This model does not support moderation: use omni-moderation-latest.");

	private final GenerationEngine engine;

	private final ContentModeration moderation;

	ModerationsController(GenerationEngine engine, ContentModeration moderation) {
		this.engine = engine;
		this.moderation = moderation;
	}

	@PostMapping(path = "/v1/moderations", consumes = MediaType.APPLICATION_JSON_VALUE)
	void create(@RequestBody JsonNode body, ApiExchange exchange) throws IOException {
		ModerationsRequestParser.Parsed parsed = ModerationsRequestParser.parse(body, exchange.strict());
		ResolvedModel model = this.engine.resolveModel(parsed.model(), SURFACE, exchange.call());
		for (ModerationInput input : parsed.inputs()) {
			if (input.images() > 0 && !model.model().has(Capability.VISION)) {
				throw ApiException.invalidParameter("input",
						"This model does not support image inputs: use omni-moderation-latest.");
			}
		}
		model = this.engine.applyScript(model, parsed.model(),
				parsed.inputs().stream().map(ModerationInput::text).toList(), SURFACE, exchange.call());
		exchange.call().admit(model.model().id(), 0);
		List<ModerationResponse.Result> results = new ArrayList<>(parsed.inputs().size());
		for (ModerationInput input : parsed.inputs()) {
			results.add(result(input));
		}
		exchange.json(new ModerationResponse(Ids.hex("modr-", 32), model.responseName(), results), model.delayNanos());
	}

	private ModerationResponse.Result result(ModerationInput input) {
		ContentModeration.Verdict verdict = this.moderation.judge(input.text(), input.hasText(), input.images());
		return new ModerationResponse.Result(verdict.flagged(), verdict.categories(), verdict.scores(),
				verdict.appliedInputTypes());
	}

}
