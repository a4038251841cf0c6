package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RecordedAnswer;
import dev.fakeai.engine.Script;
import dev.fakeai.engine.WireReader;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import static dev.fakeai.engine.RecordedAnswer.count;
import static dev.fakeai.engine.RecordedAnswer.text;

/**
 * The Responses API for recording: a request's own input as the engine's conversation (a
 * previous response lives upstream), and a response's output (or the final response of
 * its stream) as a script.
 */
@Component
class ResponsesWire implements WireReader {

	@Override
	public String api() {
		return "responses";
	}

	@Override
	public String path() {
		return "/v1/responses";
	}

	@Override
	public GenerationRequest request(JsonNode body) {
		ResponsesRequest parsed = ResponsesRequestParser.parse(body, false);
		List<GenerationRequest.Message> turns = new ArrayList<>();
		for (InputItem item : parsed.input()) {
			if (item.message() != null) {
				turns.add(item.message());
			}
		}
		return parsed.generationFor(turns);
	}

	@Override
	public Script answer(JsonNode body, String fixture) {
		RecordedAnswer answer = new RecordedAnswer();
		int calls = 0;
		for (JsonNode item : body.path("output")) {
			switch (item.path("type").asString("")) {
				case "message" -> {
					for (JsonNode part : item.path("content")) {
						answer.content(text(part.get("text"))).refusal(text(part.get("refusal")));
					}
				}
				case "function_call" -> answer.call(calls++, text(item.get("call_id")), text(item.get("name")),
						text(item.get("arguments")));
				default -> {
					// reasoning is the model's own; a replay reasons as simulated
				}
			}
		}
		return answer.finish(text(body.path("incomplete_details").get("reason")))
			.usage(count(body, "input_tokens"), count(body, "output_tokens"))
			.script(fixture);
	}

	@Override
	public Script streamedAnswer(List<JsonNode> frames, String fixture) {
		for (int i = frames.size() - 1; i >= 0; i--) {
			String type = frames.get(i).path("type").asString("");
			if (type.equals("response.completed") || type.equals("response.incomplete")) {
				return answer(frames.get(i).path("response"), fixture);
			}
		}
		return new RecordedAnswer().script(fixture);
	}

}
