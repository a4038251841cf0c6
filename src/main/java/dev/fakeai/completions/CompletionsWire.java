package dev.fakeai.completions;

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
 * Legacy completions for recording: the first prompt as the engine's request, and the
 * first choice's text (whole or streamed) as a script.
 */
@Component
class CompletionsWire implements WireReader {

	@Override
	public String api() {
		return "completions";
	}

	@Override
	public String path() {
		return "/v1/completions";
	}

	@Override
	public GenerationRequest request(JsonNode body) {
		CompletionsRequestParser.Parsed parsed = CompletionsRequestParser.parse(body, false);
		CompletionsRequestParser.Prompt prompt = parsed.prompts().get(0);
		String text = (prompt.text() != null) ? prompt.text() : "";
		return parsed.generation()
			.withMessages(List.of(new GenerationRequest.Message("user", text, List.of(), null, List.of(), null)));
	}

	@Override
	public Script answer(JsonNode body, String fixture) {
		JsonNode choice = body.path("choices").path(0);
		return new RecordedAnswer().content(text(choice.get("text")))
			.finish(text(choice.get("finish_reason")))
			.usage(count(body, "prompt_tokens"), count(body, "completion_tokens"))
			.script(fixture);
	}

	@Override
	public Script streamedAnswer(List<JsonNode> frames, String fixture) {
		RecordedAnswer answer = new RecordedAnswer();
		for (JsonNode frame : frames) {
			for (JsonNode choice : frame.path("choices")) {
				if (choice.path("index").asInt() == 0) {
					answer.content(text(choice.get("text"))).finish(text(choice.get("finish_reason")));
				}
			}
			if (frame.path("usage").isObject()) {
				answer.usage(count(frame, "prompt_tokens"), count(frame, "completion_tokens"));
			}
		}
		return answer.script(fixture);
	}

}
