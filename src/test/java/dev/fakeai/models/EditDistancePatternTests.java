package dev.fakeai.models;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistancePatternTests {

	@ParameterizedTest
	@CsvSource({ "kitten, sitting, 3", "'', abc, 3", "abc, '', 3", "abc, abc, 0", "gpt4omini, gpt4ominii, 1",
			"ménage, menage, 1", "flaw, lawn, 2" })
	void computesLevenshteinDistance(String a, String b, int distance) {
		assertThat(new EditDistancePattern(a).distanceTo(b)).isEqualTo(distance);
	}

	@Test
	void agreesWithTheDynamicProgrammingTableOnRandomStrings() {
		Random random = new Random(42);
		for (int i = 0; i < 5_000; i++) {
			String a = randomString(random, random.nextInt(70));
			String b = randomString(random, random.nextInt(70));
			assertThat(new EditDistancePattern(a).distanceTo(b)).as(a + " / " + b)
				.isEqualTo(ModelNames.editDistance(a, b));
		}
	}

	private static String randomString(Random random, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append("abcd12é".charAt(random.nextInt(7)));
		}
		return out.toString();
	}

}
