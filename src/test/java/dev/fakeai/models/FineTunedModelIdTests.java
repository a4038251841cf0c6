package dev.fakeai.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FineTunedModelIdTests {

	@Test
	void parsesTheJobForm() {
		assertThat(FineTunedModelId.parse("ft:gpt-4o-mini-2024-07-18:my-org::abc123"))
			.isEqualTo(new FineTunedModelId("gpt-4o-mini-2024-07-18", "my-org", null, "abc123"));
	}

	@Test
	void parsesTheSuffixForm() {
		assertThat(FineTunedModelId.parse("ft:gpt-3.5-turbo-0125:acme:support-bot:9xYz"))
			.isEqualTo(new FineTunedModelId("gpt-3.5-turbo-0125", "acme", "support-bot", "9xYz"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o", "ft:gpt-4o", "ft:gpt-4o:org", "ft::org::id", "ft:gpt-4o:org::",
			"ft:gpt-4o::suffix:id", "ft:a:b:c:d:e", "xft:gpt-4o:org::id" })
	void rejectsOtherShapes(String id) {
		assertThat(FineTunedModelId.parse(id)).isNull();
	}

}
