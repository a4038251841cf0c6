package dev.fakeai.models;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.catalog.ProviderCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lookup test vectors over the full catalog: every strategy, and the number rule that
 * keeps fuzzy matching from swapping versions or sizes.
 */
class ModelLookupTests {

	private final ModelRegistry registry = new ModelRegistry(ProviderCatalogs.all(),
			FakeAiProperties.Models.defaults());

	@ParameterizedTest(name = "{0} -> {1} ({2})")
	@CsvSource({ "gpt-4o, gpt-4o, EXACT", "gpt-4o-2024-08-06, gpt-4o, ALIAS",
			"gpt-oss-120b, openai/gpt-oss-120b, ALIAS",
			"meta/llama-3.1-8b-instruct, meta-llama/Llama-3.1-8B-Instruct, ALIAS", "GPT-4O, gpt-4o, NORMALIZED",
			"llama-3.1-8b-instruct, meta-llama/Llama-3.1-8B-Instruct, NORMALIZED",
			"Meta-Llama/LLAMA_3.1_8B_INSTRUCT, meta-llama/Llama-3.1-8B-Instruct, NORMALIZED",
			"openai/gpt-oss-20b, openai/gpt-oss-20b, EXACT", "deepseek-r1, deepseek-ai/DeepSeek-R1, NORMALIZED",
			"Llama-3.1-8B, meta-llama/Llama-3.1-8B-Instruct, SUBSTRING",
			"llama-3.1-70b, meta-llama/Llama-3.1-70B-Instruct, SUBSTRING",
			"claude-3.5-sonnet, claude-3-5-sonnet-20241022, SUBSTRING", "gpt-4o-minii, gpt-4o-mini, SIMILARITY",
			"text-embeding-3-small, text-embedding-3-small, SIMILARITY",
			"llama-3.3-70b-instrcut, meta-llama/Llama-3.3-70B-Instruct, SIMILARITY",
			"lama-3.3-70b-instruct, meta-llama/Llama-3.3-70B-Instruct, SUBSTRING" })
	void resolvesInLookupOrder(String requested, String expectedId, MatchKind expectedKind) {
		ModelLookup lookup = this.registry.lookup(requested);

		assertThat(lookup).isInstanceOfSatisfying(ModelLookup.Found.class, (found) -> {
			assertThat(found.model().id()).isEqualTo(expectedId);
			assertThat(found.kind()).isEqualTo(expectedKind);
			assertThat(found.requested()).isEqualTo(requested);
			assertThat(found.confidence()).isBetween(0.5, 1.0);
		});
	}

	@ParameterizedTest(name = "{0} never matches {1}")
	@CsvSource({ "gpt-4.5, gpt-4.1, ",
			"llama-3.1-70b, meta-llama/Llama-3.1-8B-Instruct, meta-llama/Llama-3.1-70B-Instruct",
			"llama-3-18b-instruct, meta-llama/Llama-3.1-8B-Instruct, ", "gpt-4o-2099-01-01, gpt-4o, ",
			"qwen3-33b, Qwen/Qwen3-32B, ", "gpt-5.1, gpt-5, " })
	void differentNumbersNeverMatch(String requested, String wrongId, String expectedId) {
		ModelLookup lookup = this.registry.lookup(requested);

		if (expectedId == null) {
			assertThat(lookup).isInstanceOfSatisfying(ModelLookup.NotFound.class,
					(notFound) -> assertThat(notFound.requested()).isEqualTo(requested));
		}
		else {
			assertThat(lookup).isInstanceOfSatisfying(ModelLookup.Found.class,
					(found) -> assertThat(found.model().id()).isEqualTo(expectedId).isNotEqualTo(wrongId));
		}
	}

	@Test
	void extraWordsInTheRequestDoNotSubstringMatchAShorterModel() {
		assertThat(this.registry.lookup("gpt-4o-audio-preview")).isInstanceOf(ModelLookup.NotFound.class);
	}

	@Test
	void missSuggestsTheThreeClosestIds() {
		ModelLookup lookup = this.registry.lookup("gpt-9");

		assertThat(lookup).isInstanceOfSatisfying(ModelLookup.NotFound.class, (notFound) -> {
			assertThat(notFound.suggestions()).hasSize(3).doesNotHaveDuplicates().contains("gpt-4", "gpt-5");
			assertThat(notFound.requested()).isEqualTo("gpt-9");
		});
	}

	@Test
	void fuzzyMatchingCanBeTurnedOffPerCall() {
		assertThat(this.registry.lookup("GPT-4O", false)).isInstanceOf(ModelLookup.NotFound.class);
		assertThat(this.registry.lookup("gpt-4o-2024-08-06", false)).isInstanceOf(ModelLookup.Found.class);
	}

	@Test
	void fuzzyMatchingCanBeTurnedOffByConfiguration() {
		ModelRegistry exactOnly = new ModelRegistry(ProviderCatalogs.all(), new FakeAiProperties.Models(
				java.util.List.of("all"), true, false, 0.8, 10, FakeAiProperties.Profile.EMULATOR));

		assertThat(exactOnly.get("llama-3.1-8b-instruct")).isEmpty();
		assertThat(exactOnly.get("meta-llama/Llama-3.1-8B-Instruct")).isPresent();
	}

	@Test
	void aHigherThresholdRejectsLooserSimilarity() {
		ModelRegistry strict = new ModelRegistry(ProviderCatalogs.all(), new FakeAiProperties.Models(
				java.util.List.of("all"), true, true, 0.95, 10, FakeAiProperties.Profile.EMULATOR));

		assertThat(strict.get("gpt-4o-minii")).isEmpty();
		assertThat(this.registry.get("gpt-4o-minii")).isPresent();
	}

	@Test
	void overlongRequestsSkipFuzzyMatching() {
		String requested = "x".repeat(RegistryIndex.MAX_FUZZY_LENGTH + 1);

		assertThat(this.registry.lookup(requested)).isInstanceOfSatisfying(ModelLookup.NotFound.class,
				(notFound) -> assertThat(notFound.suggestions()).isEmpty());
	}

	@Test
	void responsesNameTheDatedSnapshotOfAnAlias() {
		assertThat(this.registry.get("gpt-4o").orElseThrow().responseModelId()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(this.registry.get("openai/gpt-oss-120b").orElseThrow().responseModelId())
			.isEqualTo("openai/gpt-oss-120b");
	}

}
