package dev.fakeai.simulation.answers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped tables are whole: every country has a capital, every phrase a translation
 * in every language, every fact a short and a full answer, every list and joke its parts.
 */
class KnowledgeTests {

	private final Knowledge knowledge = Knowledge.get();

	@Test
	void everyTableIsComplete() {
		assertThat(this.knowledge.countries).hasSizeGreaterThanOrEqualTo(195)
			.allSatisfy((country) -> assertThat(country.capitals()).isNotEmpty().doesNotContain(""));
		assertThat(this.knowledge.phrases).isNotEmpty()
			.allSatisfy((phrase, translations) -> assertThat(translations).hasSize(12).doesNotContainValue(""));
		assertThat(this.knowledge.facts).hasSizeGreaterThanOrEqualTo(60).allSatisfy((fact) -> {
			assertThat(fact.required()).isNotEmpty();
			assertThat(fact.core()).isNotBlank();
			assertThat(fact.full()).containsIgnoringCase(fact.core().replaceFirst("^the ", ""));
		});
		assertThat(this.knowledge.lists).allSatisfy((list) -> assertThat(list.items()).hasSizeGreaterThanOrEqualTo(3));
		assertThat(this.knowledge.jokes).allSatisfy((joke) -> {
			assertThat(joke.setUp()).endsWith("?");
			assertThat(joke.topics()).isNotEmpty();
		});
		assertThat(this.knowledge.country("the netherlands").capitals()).first().isEqualTo("Amsterdam");
		assertThat(this.knowledge.country("USA").names()).first().isEqualTo("United States");
	}

}
