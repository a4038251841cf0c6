package dev.fakeai.simulation;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatternStringsTests {

	@ParameterizedTest
	@ValueSource(strings = { "^\\d{3}-\\d{3}-\\d{4}$", "^[A-Z]{2}[0-9]{6}$", "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$",
			"^(USD|EUR|GBP)$", "^#[0-9a-fA-F]{6}$", "^v\\d+\\.\\d+\\.\\d+$", "SKU-\\w{4}", "^\\S+$",
			"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", "^\\+?[1-9]\\d{1,14}$" })
	void madeStringsMatchThePattern(String pattern) {
		Pattern compiled = Pattern.compile(pattern);
		for (long seed = 0; seed < 20; seed++) {
			String value = PatternStrings.fit(pattern, "not it !", 0, 10_000, new SplittableRandom(seed));

			assertThat(value).as("seed %d", seed).isNotNull();
			assertThat(compiled.matcher(value).find()).as("%s for %s", value, pattern).isTrue();
		}
	}

	@Test
	void textThatAlreadyMatchesIsKept() {
		assertThat(PatternStrings.fit("^[a-z ]+$", "a tall tree", 0, 100, new SplittableRandom(1)))
			.isEqualTo("a tall tree");
	}

	@Test
	void lengthBoundsAreKept() {
		for (long seed = 0; seed < 20; seed++) {
			String value = PatternStrings.fit("^[a-z]+$", "A", 4, 6, new SplittableRandom(seed));

			assertThat(value).as("seed %d", seed).isNotNull().hasSizeBetween(4, 6);
		}
	}

	@Test
	void theSameSeedMakesTheSameString() {
		String pattern = "^[A-Z]{3}-\\d{5}$";

		assertThat(PatternStrings.fit(pattern, "", 0, 100, new SplittableRandom(7)))
			.isEqualTo(PatternStrings.fit(pattern, "", 0, 100, new SplittableRandom(7)));
	}

	@Test
	void patternsThatCouldMakeHugeStringsOrDoNotParseGetNone() {
		assertThat(PatternStrings.sizeBound("(a{1000}){1000}")).isGreaterThan(PatternStrings.LARGEST);
		assertThat(PatternStrings.fit("(a{1000}){1000}", "b", 0, 10_000, new SplittableRandom(1))).isNull();
		assertThat(PatternStrings.fit("[unclosed", "b", 0, 10_000, new SplittableRandom(1))).isNull();
		assertThat(PatternStrings.fit("^a{20}$", "b", 0, 5, new SplittableRandom(1))).isNull();
	}

	@Test
	void quantifierCharactersInClassesAndEscapesAreNotRepetitions() {
		assertThat(PatternStrings.sizeBound("[+*]\\+\\*")).isEqualTo(3);
		assertThat(PatternStrings.sizeBound("a{2,5}")).isEqualTo(6 * 5);
		assertThat(PatternStrings.sizeBound("a+")).isEqualTo(2 * 6);
	}

}
