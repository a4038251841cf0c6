package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fakeai.models.Tokenizer;
import dev.fakeai.simulation.TokenCounter;
import dev.fakeai.simulation.answers.Conversation;
import dev.fakeai.simulation.answers.TokenBias;

/**
 * A request as the answer engine reads it: its conversation (each tool result with the
 * name and arguments of the call it answers) and its {@code logit_bias} by text.
 */
final class Conversations {

	private Conversations() {
	}

	static Conversation of(GenerationRequest request) {
		Map<String, ToolCall> calls = new HashMap<>();
		List<Conversation.Turn> turns = new ArrayList<>(request.messages().size());
		for (GenerationRequest.Message message : request.messages()) {
			for (ToolCall call : message.toolCalls()) {
				calls.put(call.id(), call);
			}
			ToolCall answered = (message.toolCallId() != null) ? calls.get(message.toolCallId()) : null;
			String name = (answered != null) ? answered.name() : message.name();
			turns.add(new Conversation.Turn(message.role(), message.text(), name,
					(answered != null) ? answered.arguments() : null));
		}
		return new Conversation(turns);
	}

	/**
	 * The bias on a candidate answer: that of its first token as written, after a space,
	 * or in lower case, whichever is set first.
	 */
	static TokenBias bias(GenerationRequest request, Tokenizer tokenizer, TokenCounter counter) {
		Map<String, Integer> biases = request.logitBias();
		if (biases.isEmpty()) {
			return TokenBias.NONE;
		}
		return (text) -> {
			for (String form : List.of(text, " " + text, text.toLowerCase(Locale.ROOT))) {
				Integer bias = biases.get(Integer.toString(counter.firstTokenId(tokenizer, form)));
				if (bias != null && bias != 0) {
					return bias;
				}
			}
			return 0;
		};
	}

}
