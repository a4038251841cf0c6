package dev.fakeai.simulation;

import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation lexicon: every documented phrase makes its category (and its parent)
 * fire, evidence raises the score, benign text fires nothing, and scores are the same for
 * the same text.
 */
class ModerationLexiconTests {

	private final ModerationLexicon lexicon = ModerationLexicon.load();

	@Test
	void everyPhraseMakesItsCategoryAndItsParentFire() throws Exception {
		JsonNode categories;
		try (InputStream in = getClass().getResourceAsStream("/fakeai/moderation-lexicon.json")) {
			categories = JsonMapper.builder().build().readTree(in).get("categories");
		}
		assertThat(categories.propertyNames()).containsExactlyInAnyOrderElementsOf(ModerationLexicon.CATEGORIES);
		for (String category : ModerationLexicon.CATEGORIES) {
			for (JsonNode phrase : categories.get(category)) {
				Map<String, Double> scores = this.lexicon.scores("Well, " + phrase.asString().toUpperCase() + ".");
				assertThat(scores.get(category)).as(phrase.asString())
					.isGreaterThanOrEqualTo(ModerationLexicon.THRESHOLD);
				if (category.contains("/")) {
					String parent = category.substring(0, category.indexOf('/'));
					assertThat(scores.get(parent)).as(phrase.asString()).isGreaterThanOrEqualTo(scores.get(category));
				}
			}
		}
	}

	@Test
	void moreEvidenceScoresHigher() {
		double once = this.lexicon.scores("I will murder the afternoon nap").get("violence");
		double twice = this.lexicon.scores("murder, then another murder").get("violence");

		assertThat(twice).isGreaterThan(once).isLessThanOrEqualTo(1.0);
	}

	@Test
	void benignTextFiresNothingAndScoresLittle() {
		for (String text : new String[] { "What is the capital of France?", "Write a haiku about the sea",
				"I killed it at the presentation today", "The stable and the stab wound" }) {
			Map<String, Double> scores = this.lexicon.scores(text);
			assertThat(scores).hasSize(13);
			if (!text.contains("stab ")) {
				assertThat(scores.values()).as(text).allSatisfy((score) -> assertThat(score).isBetween(0.0, 0.001));
			}
		}
		assertThat(this.lexicon.scores("The stable").get("violence")).isLessThan(0.001);
	}

	@Test
	void theSameTextScoresTheSame() {
		assertThat(this.lexicon.scores("You are worthless"))
			.isEqualTo(ModerationLexicon.load().scores("You are worthless"));
	}

}
