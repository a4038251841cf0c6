package dev.fakeai.responses;

import dev.fakeai.engine.GenerationRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One item of a response's input: its stored form (with an id, as {@code input_items}
 * lists it) and what the model sees of it.
 *
 * @param kind what the item is
 * @param stored the item as stored and listed
 * @param message what the model sees of it, {@code null} for items it does not see
 * (reasoning) or has not resolved yet (references)
 * @param callId the call a function call makes or an output answers
 * @param param where it is in the request, e.g. {@code input[2]}
 */
record InputItem(Kind kind, ObjectNode stored, GenerationRequest.@Nullable Message message, @Nullable String callId,
		String param) {

	/** What an input item is. */
	enum Kind {

		/** A message of any role. */
		MESSAGE,
		/** A function call the model made earlier. */
		FUNCTION_CALL,
		/** The output of a function call. */
		FUNCTION_CALL_OUTPUT,
		/** Reasoning from an earlier turn. */
		REASONING,
		/** A reference to a stored item, by id. */
		REFERENCE

	}

}
