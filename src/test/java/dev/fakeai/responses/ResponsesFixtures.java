package dev.fakeai.responses;

import java.util.List;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TestEngines;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses, generates and renders Responses API requests without Spring.
 */
final class ResponsesFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final GenerationEngine ENGINE = TestEngines.engine(true, true);

	private ResponsesFixtures() {
	}

	static ResponsesRequest parse(String json) {
		return ResponsesRequestParser.parse(JSON.readTree(json), true);
	}

	static Rendered render(String json, LatencyOverride latency) {
		ResponsesRequest request = parse(json);
		List<dev.fakeai.engine.GenerationRequest.Message> turns = request.input()
			.stream()
			.filter((item) -> item.message() != null)
			.map(InputItem::message)
			.toList();
		return render(request, turns, latency);
	}

	static Rendered render(String json, ResponseConversation conversation) {
		return render(parse(json), conversation.turns(), LatencyOverride.of(null, null, null));
	}

	private static Rendered render(ResponsesRequest request, List<dev.fakeai.engine.GenerationRequest.Message> turns,
			LatencyOverride latency) {
		Reply reply = ENGINE.generate(request.generationFor(turns), latency);
		return new Rendered(request, reply, ResponseRenderer.render(request, reply, ResponseIds.response(), 1, 2));
	}

	static String text(ResponseObject response) {
		StringBuilder text = new StringBuilder();
		for (ResponseObject.OutputItem item : response.output()) {
			if (item instanceof ResponseObject.MessageItem message) {
				message.content()
					.forEach((part) -> text
						.append((part instanceof ResponseObject.OutputText output) ? output.text() : ""));
			}
		}
		return text.toString();
	}

	static Rendered render(String json) {
		return render(json, LatencyOverride.of(null, null, null));
	}

	record Rendered(ResponsesRequest request, Reply reply, ResponseObject response) {

		ResponseEvents events(long seed) {
			return new ResponseEvents(this.response, this.reply.choices().get(0), this.reply.timing(),
					this.request.background(), this.request.obfuscation(), JSON, seed);
		}

	}

}
