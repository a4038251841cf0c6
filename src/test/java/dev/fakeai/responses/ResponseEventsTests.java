package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.LatencyOverride;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.responses.ResponsesFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event plan of a streamed response: its order, its timing from the reply's plan, and
 * the frames that replace one that cannot be made.
 */
class ResponseEventsTests {

	private static List<String> types(ResponseEvents events) {
		List<String> types = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			types.add(events.event(i));
		}
		return types;
	}

	@Test
	void aTextAnswerFollowsTheDocumentedSequence() {
		ResponseEvents events = ResponsesFixtures.render("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"stream\": true}")
			.events(1);

		List<String> types = types(events);
		int deltas = (int) types.stream().filter("response.output_text.delta"::equals).count();
		assertThat(deltas).isPositive();
		List<String> expected = new ArrayList<>(List.of("response.created", "response.in_progress",
				"response.output_item.added", "response.content_part.added"));
		for (int i = 0; i < deltas; i++) {
			expected.add("response.output_text.delta");
		}
		expected.addAll(List.of("response.output_text.done", "response.content_part.done", "response.output_item.done",
				"response.completed"));
		assertThat(types).isEqualTo(expected);
	}

	@Test
	void theFirstItemWaitsTheFirstTokenAndEachFurtherDeltaItsDelay() {
		ResponsesFixtures.Rendered rendered = ResponsesFixtures.render(
				"{\"model\": \"gpt-4o\", \"input\": \"Tell me about the sea\", \"stream\": true}",
				LatencyOverride.of(null, "500", "20"));
		ResponseEvents events = rendered.events(3);

		List<String> types = types(events);
		int firstItem = types.indexOf("response.output_item.added");
		int firstDelta = types.indexOf("response.output_text.delta");
		long total = 0;
		for (int i = 0; i < events.size(); i++) {
			total += events.delayNanos(i);
			String type = types.get(i);
			if (i == firstItem) {
				assertThat(events.delayNanos(i)).isEqualTo(500_000_000L);
			}
			else if (type.endsWith(".delta") && i != firstDelta) {
				assertThat(events.delayNanos(i)).isEqualTo(20_000_000L);
			}
			else {
				assertThat(events.delayNanos(i)).as(type).isZero();
			}
		}
		assertThat(total).isEqualTo(rendered.reply().timing().totalNanos());
	}

	@Test
	void functionCallsStreamTheirArguments() {
		ResponseEvents events = ResponsesFixtures
			.render("{\"model\": \"gpt-4o\", \"input\": \"Weather in Rome?\", "
					+ "\"stream\": true, \"tool_choice\": \"required\", \"tools\": [{\"type\": \"function\", \"name\": "
					+ "\"get_weather\", \"parameters\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": "
					+ "\"string\"}}}}]}")
			.events(5);

		List<String> types = types(events);
		assertThat(types).doesNotContain("response.content_part.added", "response.output_text.delta");
		StringBuilder arguments = new StringBuilder();
		for (int i = 0; i < events.size(); i++) {
			if (types.get(i).equals("response.function_call_arguments.delta")) {
				arguments.append(JSON.readTree(events.data(i)).get("delta").asString());
			}
		}
		JsonNode done = JSON.readTree(events.data(types.indexOf("response.function_call_arguments.done")));
		assertThat(done.get("name").asString()).isEqualTo("get_weather");
		assertThat(done.get("arguments").asString()).isEqualTo(arguments.toString()).contains("\"city\"");
	}

	@Test
	void aFrameThatCannotBeMadeBecomesAnErrorThenAFailedResponse() {
		ResponseEvents events = ResponsesFixtures.render("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"stream\": true}")
			.events(1);

		String[] frames = events.failure(4).split("\n\n");

		assertThat(frames).hasSize(2);
		assertThat(frames[0]).startsWith("event: error\ndata: ");
		JsonNode error = JSON.readTree(frames[0].substring(frames[0].indexOf("data: ") + 6));
		assertThat(error.get("sequence_number").asInt()).isEqualTo(4);
		assertThat(error.get("code").asString()).isEqualTo("server_error");
		assertThat(frames[1]).startsWith("event: response.failed\ndata: ");
		JsonNode failed = JSON.readTree(frames[1].substring(frames[1].indexOf("data: ") + 6));
		assertThat(failed.get("sequence_number").asInt()).isEqualTo(5);
		assertThat(failed.get("response").get("status").asString()).isEqualTo("failed");
		assertThat(failed.get("response").get("error").get("code").asString()).isEqualTo("server_error");
	}

	@Test
	void paddingIsTheSameForTheSameStreamAndFrame() {
		ResponsesFixtures.Rendered rendered = ResponsesFixtures
			.render("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"stream\": true}");
		ResponseEvents events = rendered.events(9);
		int delta = types(events).indexOf("response.output_text.delta");

		assertThat(events.data(delta)).isEqualTo(rendered.events(9).data(delta)).contains("\"obfuscation\":");
	}

}
