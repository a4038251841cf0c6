package dev.fakeai.chat;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.chat.ChatFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Determinism across restarts and JDKs: fixed requests with seeds (test resource
 * {@code golden/requests.json}) give exactly the stored responses, text for text
 * (content, tool calls, logprobs, usage; streams frame by frame). Only {@code id} and
 * {@code created} are masked. CI runs this class on JDK 17 and 25. A missing golden file
 * is written from the current answer and the test fails, so a new case is looked at
 * before it counts.
 */
class GoldenResponsesTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private final GenerationEngine service = ChatFixtures.service();

	static Stream<Arguments> requests() throws IOException {
		try (InputStream in = GoldenResponsesTests.class.getResourceAsStream("/golden/requests.json")) {
			List<Arguments> cases = new ArrayList<>();
			JSON.readTree(in).properties().forEach((e) -> cases.add(Arguments.of(e.getKey(), e.getValue())));
			return cases.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void theResponseIsExactlyTheStoredOne(String name, JsonNode request) throws IOException {
		String actual = answer(request);
		Path file = GOLDEN.resolve(name + ".json");
		if (!Files.exists(file)) {
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			throw new AssertionError("No golden response for " + name + "; wrote " + file + " from this run: "
					+ "check it, then run again");
		}
		assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
	}

	private String answer(JsonNode request) {
		ChatFixtures.Completed result = ChatFixtures.complete(this.service, request.toString(),
				LatencyOverride.of("0", null, null));
		if (!request.path("stream").asBoolean(false)) {
			return pretty(masked(JSON.valueToTree(result.completion())));
		}
		ChatStream stream = result.stream(0);
		ArrayNode frames = JSON.createArrayNode();
		for (int i = 0; i < stream.size(); i++) {
			frames.add(masked(JSON.readTree(stream.data(i))));
		}
		return pretty(frames);
	}

	private static JsonNode masked(JsonNode response) {
		if (response instanceof ObjectNode object) {
			object.put("id", "MASKED");
			object.put("created", 0);
		}
		return response;
	}

	private static String pretty(JsonNode node) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
	}

}
