package dev.fakeai.simulation;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Budgeted matching: ordinary patterns match as usual, catastrophic ones (which the JDK's
 * own memoization does not save: unbudgeted, {@code (.*a){20}b} on 30 a's reads 6.4
 * billion characters, 23 s) stop with the pattern named.
 */
class RegexBudgetTests {

	@Test
	void ordinaryPatternsMatchAsUsual() {
		assertThat(RegexBudget.find(Pattern.compile("^[A-Z]-\\d+$"), "A-12")).isTrue();
		assertThat(RegexBudget.find(Pattern.compile("refund"), "I want a refund, please")).isTrue();
		assertThat(RegexBudget.find(Pattern.compile("^(a+)+$"), "aaaa")).isTrue();
		assertThat(RegexBudget.find(Pattern.compile("\\bcat\\b"), "x".repeat(100_000))).isFalse();
	}

	@Test
	void catastrophicBacktrackingStopsNamingThePattern() {
		assertThatExceptionOfType(RegexBudgetException.class)
			.isThrownBy(() -> RegexBudget.find(Pattern.compile("(.*a){20}b"), "a".repeat(30)))
			.satisfies((ex) -> assertThat(ex.pattern()).isEqualTo("(.*a){20}b"))
			.withMessageStartingWith("the pattern '(.*a){20}b' takes too long to match");
		assertThatExceptionOfType(RegexBudgetException.class)
			.isThrownBy(() -> RegexBudget.find(Pattern.compile("(a*)*\\1b"), "a".repeat(25)));
	}

}
