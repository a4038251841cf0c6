package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.simulation.ModerationLexicon;

import org.springframework.stereotype.Component;

/**
 * Judges content for OpenAI's 13 moderation categories from the moderation lexicon: the
 * moderations API's results, and those a chat completion carries when it asks for
 * {@code moderation}.
 */
@Component
public class ContentModeration {

	/** The categories OpenAI also applies to images. */
	private static final Set<String> IMAGE_CATEGORIES = Set.of("self-harm", "self-harm/intent",
			"self-harm/instructions", "sexual", "violence", "violence/graphic");

	private final ModerationLexicon lexicon = ModerationLexicon.load();

	/**
	 * The verdict on some content.
	 * @param text its text
	 * @param hasText whether it has text (not images alone)
	 * @param images how many images it holds
	 * @return every category's score, whether it fired, and the input types it applied
	 * to, in {@link ModerationLexicon#CATEGORIES} order
	 */
	public Verdict judge(String text, boolean hasText, int images) {
		Map<String, Double> scores = this.lexicon.scores(text);
		Map<String, Boolean> categories = new LinkedHashMap<>();
		Map<String, List<String>> applied = new LinkedHashMap<>();
		boolean flagged = false;
		for (Map.Entry<String, Double> score : scores.entrySet()) {
			boolean fired = hasText && score.getValue() >= ModerationLexicon.THRESHOLD;
			categories.put(score.getKey(), fired);
			flagged |= fired;
			List<String> types = new ArrayList<>(2);
			if (hasText) {
				types.add("text");
			}
			if (images > 0 && IMAGE_CATEGORIES.contains(score.getKey())) {
				types.add("image");
			}
			applied.put(score.getKey(), List.copyOf(types));
		}
		return new Verdict(flagged, categories, scores, applied);
	}

	/**
	 * What content was judged to be.
	 *
	 * @param flagged whether any category fired
	 * @param categories whether each category fired
	 * @param scores each category's score, in [0, 1]
	 * @param appliedInputTypes the input types each category was applied to
	 */
	public record Verdict(boolean flagged, Map<String, Boolean> categories, Map<String, Double> scores,
			Map<String, List<String>> appliedInputTypes) {

		/**
		 * The same verdict with its categories in another order.
		 * @param order every category, in the order wanted
		 * @return the reordered verdict
		 */
		public Verdict inOrder(List<String> order) {
			Map<String, Boolean> categories = new LinkedHashMap<>();
			Map<String, Double> scores = new LinkedHashMap<>();
			Map<String, List<String>> applied = new LinkedHashMap<>();
			for (String category : order) {
				categories.put(category, this.categories.get(category));
				scores.put(category, this.scores.get(category));
				applied.put(category, this.appliedInputTypes.get(category));
			}
			return new Verdict(this.flagged, categories, scores, applied);
		}

	}

}
