package dev.fakeai.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fakeai.engine.GenerationEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation corpus ({@code answers/corpus.tsv}): prompts tutorials and client test
 * suites send, each through chat completions, each answer holding what a correct one
 * must. Every line must pass; the count is printed for the record.
 */
class AnswerCorpusTests {

	private final GenerationEngine engine = ChatFixtures.service();

	@Test
	void everyPromptOfTheCorpusIsAnsweredRightly() throws IOException {
		List<String> misses = new ArrayList<>();
		int total = 0;
		for (String[] line : corpus()) {
			total++;
			String content = answer(line[0], 7);
			for (String expected : line[1].split(";")) {
				if (!content.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
					misses.add(line[0] + "  ->  " + content.replace("\n", "\\n") + "  (expected " + expected + ")");
					break;
				}
			}
		}
		System.out.println("Answer corpus: " + (total - misses.size()) + "/" + total + " answered rightly");
		assertThat(misses).as("prompts answered wrongly").isEmpty();
	}

	@Test
	void theCorpusHasFiftyPromptsOrMore() throws IOException {
		assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
	}

	private String answer(String turns, long seed) {
		ObjectNode body = ChatFixtures.JSON.createObjectNode();
		body.put("model", "gpt-4o-mini");
		body.put("seed", seed);
		ArrayNode messages = body.putArray("messages");
		String[] users = turns.split(" \\|\\| ");
		for (int i = 0; i < users.length; i++) {
			if (i > 0) {
				messages.addObject().put("role", "assistant").put("content", "OK.");
			}
			messages.addObject().put("role", "user").put("content", users[i]);
		}
		return ChatFixtures.complete(this.engine, body.toString()).completion().choices().get(0).message().content();
	}

	static List<String[]> corpus() throws IOException {
		try (InputStream in = AnswerCorpusTests.class.getResourceAsStream("/answers/corpus.tsv")) {
			List<String[]> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.split("\t"));
				}
			}
			return lines;
		}
	}

}
