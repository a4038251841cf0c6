package dev.fakeai.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelNamesTests {

	@ParameterizedTest
	@CsvSource({ "meta-llama/Llama-3.1-8B-Instruct, llama318binstruct", "GPT-4o, gpt4o", "gpt_4o mini, gpt4omini",
			"ft:gpt-4o:acme::abc, ftgpt4oacmeabc", "a/b/c-D, cd" })
	void normalizeLowersStripsPrefixAndSeparators(String id, String normalized) {
		assertThat(ModelNames.normalize(id)).isEqualTo(normalized);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "meta-llama/Llama-3.1-8B-Instruct; 3|1|8", "llama-3-18b; 3|18", "gpt-4o; 4",
					"claude-sonnet-4-5-20250929; 4|5", "gpt-4o-2024-08-06; 4|2024|8|6", "Mistral-7B-v0.3; 7|0|3",
					"gpt-3.5-turbo-0125; 3|5|125", "whisper; ''" })
	void significantNumbersKeepVersionsAndSizesButDropDateStamps(String id, String numbers) {
		assertThat(ModelNames.significantNumbers(id)).isEqualTo(numbers);
	}

	@Test
	void allNumbersKeepDateStamps() {
		assertThat(ModelNames.allNumbers("claude-sonnet-4-5-20250929")).isEqualTo("4|5|20250929");
	}

	@ParameterizedTest
	@CsvSource({ "kitten, sitting, 3", "'', abc, 3", "abc, abc, 0", "gpt4omini, gpt4ominii, 1", "flaw, lawn, 2" })
	void editDistanceIsLevenshtein(String a, String b, int distance) {
		assertThat(ModelNames.editDistance(a, b)).isEqualTo(distance);
		assertThat(ModelNames.editDistance(b, a)).isEqualTo(distance);
	}

	@Test
	void boundedEditDistanceStopsPastTheLimit() {
		assertThat(ModelNames.editDistance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
		assertThat(ModelNames.editDistance("kitten", "sitting", 3)).isEqualTo(3);
		assertThat(ModelNames.editDistance("a", "abcdef", 2)).isEqualTo(3);
	}

	@Test
	void aNameWhoseNumbersDifferIsAnotherVersionNotATypo() {
		assertThat(ModelNames.isTypoOf("gpt-4o-mnii", "gpt-4o-mini")).isTrue();
		assertThat(ModelNames.isTypoOf("gtp-4", "gpt-4")).isTrue();
		assertThat(ModelNames.isTypoOf("dall-e-2", "dall-e-3")).isFalse();
		assertThat(ModelNames.isTypoOf("gpt-4.5", "gpt-4.1")).isFalse();
	}

}
