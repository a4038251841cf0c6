package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.errors.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conversation a request continues: the inputs and outputs of its
 * {@code previous_response_id} chain, oldest first, then its own input with item
 * references resolved from the store; checked as OpenAI checks a tool loop (every
 * function call answered by an output, every output answering a call).
 *
 * @param input the request's own input items, references resolved, as stored
 * @param turns what the model sees, in order
 */
record ResponseConversation(List<InputItem> input, List<GenerationRequest.Message> turns) {

	ResponseConversation {
		input = List.copyOf(input);
		turns = List.copyOf(turns);
	}

	static ResponseConversation of(ResponsesRequest request, ResponseStore store, long now) {
		List<InputItem> context = new ArrayList<>();
		if (request.previousResponseId() != null) {
			for (ResponseObject earlier : chain(request.previousResponseId(), store, now)) {
				StoredResponse stored = store.get(earlier.id());
				List<ObjectNode> input = (stored != null) ? stored.input() : List.of();
				for (ObjectNode item : input) {
					context.add(ResponsesInputParser.item(item, "previous_response_id"));
				}
				for (JsonNode item : store.output(earlier)) {
					context.add(ResponsesInputParser.item(item, "previous_response_id"));
				}
			}
		}
		List<InputItem> own = resolve(request.input(), store);
		context.addAll(own);
		checkToolLoop(context);
		List<GenerationRequest.Message> turns = new ArrayList<>(context.size());
		for (InputItem item : context) {
			if (item.message() != null) {
				turns.add(item.message());
			}
		}
		if (turns.isEmpty() && request.instructions() == null) {
			throw ApiException.missingParameter("input");
		}
		return new ResponseConversation(own, turns);
	}

	/**
	 * The responses a chain holds, oldest first, as they are now. A response not stored
	 * (never, or no longer) is OpenAI's 400, as is one still being generated.
	 */
	private static List<ResponseObject> chain(String previousId, ResponseStore store, long now) {
		List<ResponseObject> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String id = previousId;
		while (id != null && seen.add(id)) {
			StoredResponse stored = store.get(id);
			if (stored == null) {
				throw ApiException.badRequest("previous_response_id",
						"Previous response with id '" + id + "' not found.", "previous_response_not_found");
			}
			if (!stored.done(now)) {
				throw ApiException.badRequest("previous_response_id",
						"Previous response with id '" + id + "' is still in progress.", null);
			}
			ResponseObject response = stored.at(now);
			chain.add(response);
			id = response.previousResponseId();
		}
		Collections.reverse(chain);
		return chain;
	}

	private static List<InputItem> resolve(List<InputItem> input, ResponseStore store) {
		List<InputItem> resolved = new ArrayList<>(input.size());
		for (InputItem item : input) {
			if (item.kind() != InputItem.Kind.REFERENCE) {
				resolved.add(item);
				continue;
			}
			String id = item.stored().path("id").asString();
			JsonNode referenced = store.item(id);
			if (referenced == null) {
				throw ApiException.notFound("Item with id '" + id + "' not found.");
			}
			resolved.add(ResponsesInputParser.item(referenced, item.param()));
		}
		return resolved;
	}

	private static void checkToolLoop(List<InputItem> context) {
		Set<String> called = new HashSet<>();
		Set<String> pending = new LinkedHashSet<>();
		for (InputItem item : context) {
			if (item.kind() == InputItem.Kind.FUNCTION_CALL) {
				called.add(item.callId());
				pending.add(item.callId());
			}
			else if (item.kind() == InputItem.Kind.FUNCTION_CALL_OUTPUT) {
				if (!called.contains(item.callId())) {
					throw ApiException.badRequest("input",
							"No tool call found for function call output with call_id " + item.callId() + ".", null);
				}
				pending.remove(item.callId());
			}
		}
		if (!pending.isEmpty()) {
			throw ApiException.badRequest("input",
					"No tool output found for function call " + pending.iterator().next() + ".", null);
		}
	}

}
