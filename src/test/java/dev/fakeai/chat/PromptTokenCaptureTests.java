package dev.fakeai.chat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prompt token counts held against the real API's: each row of
 * {@code captures/prompt-tokens.json} is a request exactly as a client sent it to
 * api.openai.com and the {@code prompt_tokens} it was billed (sources in the file); the
 * count must match, or differ by exactly the documented gap.
 */
class PromptTokenCaptureTests {

	static Stream<Arguments> captures() throws IOException {
		try (InputStream in = PromptTokenCaptureTests.class.getResourceAsStream("/captures/prompt-tokens.json")) {
			JsonNode rows = ChatFixtures.JSON.readTree(in).get("rows");
			Stream.Builder<Arguments> arguments = Stream.builder();
			rows.forEach((row) -> arguments.add(Arguments.of(row.get("source").asString(), row.get("request"),
					row.get("prompt_tokens").asInt(), row.get("gap").asInt())));
			return arguments.build();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void promptTokensAreTheRealApis(String source, JsonNode request, int real, int gap) {
		ChatCompletion completion = ChatFixtures.complete(ChatFixtures.service(), request.toString()).completion();

		assertThat(completion.usage().promptTokens() - real).as(source).isEqualTo(gap);
	}

}
