package dev.fakeai.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.errors.ApiException;

/**
 * OpenAI's rules for tool turns in {@code messages}: a {@code tool} message answers a
 * preceding assistant message with {@code tool_calls}, and such a message is followed by
 * a tool message for each of its call ids. Each broken rule is the real API's 400, in its
 * words (its spelling and its {@code messages.[N]} parameter form included).
 */
final class ChatToolTurns {

	private ChatToolTurns() {
	}

	static void check(List<GenerationRequest.Message> messages) {
		Set<String> pending = new LinkedHashSet<>();
		int caller = -1;
		boolean inToolTurn = false;
		for (int i = 0; i < messages.size(); i++) {
			GenerationRequest.Message message = messages.get(i);
			if (message.role().equals("tool")) {
				if (!inToolTurn) {
					throw ApiException.badRequest("messages.[" + i + "].role",
							"Invalid parameter: messages with role 'tool' must be a response to a preceeding "
									+ "message with 'tool_calls'.",
							null);
				}
				pending.remove(message.toolCallId());
				continue;
			}
			unanswered(pending, caller);
			inToolTurn = message.role().equals("assistant") && !message.toolCalls().isEmpty();
			if (inToolTurn) {
				caller = i;
				for (ToolCall call : message.toolCalls()) {
					pending.add(call.id());
				}
			}
		}
		unanswered(pending, caller);
	}

	private static void unanswered(Set<String> pending, int caller) {
		if (!pending.isEmpty()) {
			throw ApiException.badRequest("messages.[" + caller + "].role",
					"An assistant message with 'tool_calls' must be followed by tool messages responding to each "
							+ "'tool_call_id'. The following tool_call_ids did not have response messages: "
							+ String.join(", ", pending),
					null);
		}
	}

}
