package dev.fakeai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fakeai.engine.ContentModeration;
import dev.fakeai.engine.RequestFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code moderation} a chat completion carries when the request asks for it
 * ({@code "moderation": {"model": "omni-moderation-latest"}}): the verdict on the input
 * and on the output, keys and categories in the order the real API sends them (captured
 * in 2026).
 *
 * @param input the verdict on the request's user messages
 * @param output the verdict on the answer
 */
@JsonPropertyOrder({ "input", "output" })
record ChatModeration(@JsonProperty("input") Results input, @JsonProperty("output") Results output) {

	/** The categories in the order of a captured chat completion's moderation. */
	static final List<String> CATEGORY_ORDER = List.of("harassment", "harassment/threatening", "sexual", "hate",
			"hate/threatening", "illicit", "illicit/violent", "self-harm/intent", "self-harm/instructions", "self-harm",
			"sexual/minors", "violence", "violence/graphic");

	/**
	 * The moderation model a request asks for.
	 * @param body the request
	 * @return the model's name, or {@code null} when the request asks for none
	 */
	static @Nullable String requested(JsonNode body) {
		JsonNode moderation = RequestFields.present(body, "moderation");
		if (moderation == null) {
			return null;
		}
		RequestFields.object(moderation, "moderation");
		JsonNode policy = RequestFields.present(moderation, "policy");
		if (policy != null) {
			RequestFields.object(policy, "moderation.policy");
		}
		return RequestFields.requiredString(moderation, "model", "moderation.model");
	}

	/**
	 * The moderation of a request and its answer.
	 * @param model the moderation model asked for
	 * @param input the verdict on the input
	 * @param output the verdict on the output
	 * @return the moderation
	 */
	static ChatModeration of(String model, ContentModeration.Verdict input, ContentModeration.Verdict output) {
		return new ChatModeration(Results.of(model, input), Results.of(model, output));
	}

	/**
	 * The results for one side.
	 *
	 * @param type always {@code moderation_results}
	 * @param model the moderation model
	 * @param results one result
	 */
	@JsonPropertyOrder({ "type", "model", "results" })
	record Results(@JsonProperty("type") String type, @JsonProperty("model") String model,
			@JsonProperty("results") List<Result> results) {

		static Results of(String model, ContentModeration.Verdict verdict) {
			ContentModeration.Verdict ordered = verdict.inOrder(CATEGORY_ORDER);
			return new Results("moderation_results", model, List.of(new Result("moderation_result", model,
					ordered.flagged(), ordered.categories(), ordered.scores(), ordered.appliedInputTypes())));
		}

	}

	/**
	 * One verdict.
	 *
	 * @param type always {@code moderation_result}
	 * @param model the moderation model
	 * @param flagged whether any category fired
	 * @param categories whether each category fired
	 * @param categoryScores each category's score
	 * @param categoryAppliedInputTypes the input types each category applied to
	 */
	@JsonPropertyOrder({ "type", "model", "flagged", "categories", "category_scores", "category_applied_input_types" })
	record Result(@JsonProperty("type") String type, @JsonProperty("model") String model,
			@JsonProperty("flagged") boolean flagged, @JsonProperty("categories") Map<String, Boolean> categories,
			@JsonProperty("category_scores") Map<String, Double> categoryScores,
			@JsonProperty("category_applied_input_types") Map<String, List<String>> categoryAppliedInputTypes) {

	}

}
