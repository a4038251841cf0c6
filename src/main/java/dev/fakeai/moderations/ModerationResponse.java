package dev.fakeai.moderations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code CreateModerationResponse}.
 *
 * @param id {@code modr-...}
 * @param model the model that answered
 * @param results one result per input
 */
record ModerationResponse(@JsonProperty("id") String id, @JsonProperty("model") String model,
		@JsonProperty("results") List<Result> results) {

	ModerationResponse {
		results = List.copyOf(results);
	}

	/**
	 * One input's result: every category, its score and the input types it was applied
	 * to.
	 *
	 * @param flagged whether any category fired
	 * @param categories whether each category fired
	 * @param categoryScores each category's score, in [0, 1]
	 * @param categoryAppliedInputTypes the input types each category was applied to
	 */
	record Result(@JsonProperty("flagged") boolean flagged, @JsonProperty("categories") Map<String, Boolean> categories,
			@JsonProperty("category_scores") Map<String, Double> categoryScores,
			@JsonProperty("category_applied_input_types") Map<String, List<String>> categoryAppliedInputTypes) {
	}

}
