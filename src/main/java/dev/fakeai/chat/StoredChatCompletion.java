package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fakeai.engine.BoundedStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat completion created with {@code store: true}, as {@code GET
 * /v1/chat/completions/{id}} shows it: the completion, then what OpenAI's stored
 * completions add (the request's id, sampling settings, user, tools, metadata and
 * response format, {@code null} where not sent); and the request's messages, as
 * {@code /messages} lists them.
 *
 * @param id the completion's id
 * @param model the model asked for, as sent
 * @param view the stored completion's JSON
 * @param messages the request's messages, each with its id
 * @param bytes the size counted against the store's bound
 */
record StoredChatCompletion(String id, String model, ObjectNode view, List<ObjectNode> messages,
		long bytes) implements BoundedStore.Entry {

	StoredChatCompletion {
		messages = List.copyOf(messages);
	}

	/**
	 * A completion to store.
	 * @param completion the completion as answered
	 * @param request the request's JSON
	 * @param requestId the request's {@code x-request-id}
	 * @param metadata the request's metadata
	 * @param mapper the JSON mapper
	 * @return the stored completion
	 */
	static StoredChatCompletion of(ChatCompletion completion, JsonNode request, String requestId,
			Map<String, String> metadata, JsonMapper mapper) {
		ObjectNode view = mapper.valueToTree(completion);
		view.put("request_id", requestId);
		view.set("seed", echo(request, "seed", mapper));
		view.set("top_p", number(request, "top_p", 1.0, mapper));
		view.set("temperature", number(request, "temperature", 1.0, mapper));
		view.set("presence_penalty", number(request, "presence_penalty", 0.0, mapper));
		view.set("frequency_penalty", number(request, "frequency_penalty", 0.0, mapper));
		view.set("input_user", echo(request, "user", mapper));
		view.set("tool_choice", echo(request, "tool_choice", mapper));
		view.set("tools", echo(request, "tools", mapper));
		view.set("metadata", mapper.valueToTree(metadata));
		view.set("response_format", echo(request, "response_format", mapper));
		List<ObjectNode> messages = new ArrayList<>();
		JsonNode sent = request.path("messages");
		for (int i = 0; i < sent.size(); i++) {
			messages.add(message(completion.id() + "-" + i, sent.get(i), mapper));
		}
		return sized(completion.id(), request.path("model").asString(""), view, messages, mapper);
	}

	/**
	 * The same completion with other metadata.
	 * @param metadata the metadata
	 * @param mapper the JSON mapper
	 * @return the updated completion
	 */
	StoredChatCompletion withMetadata(Map<String, String> metadata, JsonMapper mapper) {
		ObjectNode updated = this.view.deepCopy();
		updated.set("metadata", mapper.valueToTree(metadata));
		return sized(this.id, this.model, updated, this.messages, mapper);
	}

	/**
	 * Whether it was made with a model: the name asked for or the one that answered.
	 * @param name the model's name
	 * @return {@code true} if either is it
	 */
	boolean madeWith(String name) {
		return name.equals(this.model) || name.equals(this.view.path("model").asString(""));
	}

	/**
	 * Whether its metadata holds every pair given.
	 * @param wanted the pairs
	 * @return {@code true} if it does
	 */
	boolean hasMetadata(Map<String, String> wanted) {
		JsonNode metadata = this.view.path("metadata");
		for (Map.Entry<String, String> pair : wanted.entrySet()) {
			if (!pair.getValue().equals(metadata.path(pair.getKey()).asString(null))) {
				return false;
			}
		}
		return true;
	}

	private static StoredChatCompletion sized(String id, String model, ObjectNode view, List<ObjectNode> messages,
			JsonMapper mapper) {
		long bytes = mapper.writeValueAsBytes(view).length + mapper.writeValueAsBytes(messages).length;
		return new StoredChatCompletion(id, model, view, messages, bytes);
	}

	/**
	 * A request message as the messages list shows it: its id, role, text content (the
	 * text parts joined when parts were sent, which {@code content_parts} then holds),
	 * name, and the tool calls or tool call id it carried.
	 */
	private static ObjectNode message(String id, JsonNode sent, JsonMapper mapper) {
		ObjectNode message = mapper.createObjectNode();
		message.put("id", id);
		message.put("role", sent.path("role").asString(""));
		JsonNode content = sent.path("content");
		if (content.isArray()) {
			StringBuilder text = new StringBuilder();
			for (JsonNode part : content) {
				if ("text".equals(part.path("type").asString(""))) {
					text.append(part.path("text").asString(""));
				}
			}
			message.put("content", text.toString());
		}
		else {
			message.set("content", content.isString() ? content : mapper.getNodeFactory().nullNode());
		}
		message.set("name", echo(sent, "name", mapper));
		message.set("content_parts", content.isArray() ? content.deepCopy() : mapper.getNodeFactory().nullNode());
		if (sent.hasNonNull("tool_calls")) {
			message.set("tool_calls", sent.get("tool_calls").deepCopy());
		}
		if (sent.hasNonNull("tool_call_id")) {
			message.set("tool_call_id", sent.get("tool_call_id").deepCopy());
		}
		return message;
	}

	private static JsonNode echo(JsonNode request, String field, JsonMapper mapper) {
		JsonNode value = request.get(field);
		return (value == null || value.isNull()) ? mapper.getNodeFactory().nullNode() : value.deepCopy();
	}

	private static JsonNode number(JsonNode request, String field, double fallback, JsonMapper mapper) {
		JsonNode value = request.get(field);
		return (value == null || value.isNull()) ? mapper.getNodeFactory().numberNode(fallback) : value.deepCopy();
	}

}
