package dev.fakeai.chat;

import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RecordedAnswer;
import dev.fakeai.engine.Script;
import dev.fakeai.engine.WireReader;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RecordedAnswer.count;
import static dev.fakeai.engine.RecordedAnswer.text;

import org.springframework.stereotype.Component;

/**
 * Chat completions for recording: a request as chat parses it, and a completion (or its
 * chunks) as a script.
 */
@Component
class ChatWire implements WireReader {

	@Override
	public String api() {
		return "chat";
	}

	@Override
	public String path() {
		return "/v1/chat/completions";
	}

	@Override
	public GenerationRequest request(JsonNode body) {
		return ChatRequestParser.parse(body, false);
	}

	@Override
	public Script answer(JsonNode body, String fixture) {
		RecordedAnswer answer = new RecordedAnswer();
		JsonNode choice = body.path("choices").path(0);
		JsonNode message = choice.path("message");
		answer.content(text(message.get("content"))).refusal(text(message.get("refusal")));
		JsonNode calls = message.path("tool_calls");
		for (int i = 0; i < calls.size(); i++) {
			JsonNode call = calls.get(i);
			answer.call(i, text(call.get("id")), text(call.path("function").get("name")),
					text(call.path("function").get("arguments")));
		}
		return answer.finish(text(choice.get("finish_reason")))
			.usage(count(body, "prompt_tokens"), count(body, "completion_tokens"))
			.script(fixture);
	}

	@Override
	public Script streamedAnswer(List<JsonNode> frames, String fixture) {
		RecordedAnswer answer = new RecordedAnswer();
		for (JsonNode frame : frames) {
			for (JsonNode choice : frame.path("choices")) {
				if (choice.path("index").asInt() != 0) {
					continue;
				}
				JsonNode delta = choice.path("delta");
				answer.content(text(delta.get("content"))).refusal(text(delta.get("refusal")));
				for (JsonNode call : delta.path("tool_calls")) {
					answer.call(call.path("index").asInt(), text(call.get("id")),
							text(call.path("function").get("name")), text(call.path("function").get("arguments")));
				}
				answer.finish(text(choice.get("finish_reason")));
			}
			if (frame.path("usage").isObject()) {
				answer.usage(count(frame, "prompt_tokens"), count(frame, "completion_tokens"));
			}
		}
		return answer.script(fixture);
	}

}
