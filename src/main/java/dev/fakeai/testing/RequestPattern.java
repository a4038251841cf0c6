package dev.fakeai.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which recorded requests a verification counts: an API, then any of a model and a user
 * message's text: {@code chat().model("gpt-4o").userMessageContaining("refund")}.
 */
public final class RequestPattern {

	private final String api;

	private final @Nullable String path;

	private @Nullable String model;

	private @Nullable String userText;

	private RequestPattern(String api, @Nullable String path) {
		this.api = api;
		this.path = path;
	}

	/**
	 * Chat completions requests.
	 * @return the pattern
	 */
	public static RequestPattern chat() {
		return new RequestPattern("chat", "/v1/chat/completions");
	}

	/**
	 * Responses API requests that create a response.
	 * @return the pattern
	 */
	public static RequestPattern responses() {
		return new RequestPattern("responses", "/v1/responses");
	}

	/**
	 * Legacy completions requests.
	 * @return the pattern
	 */
	public static RequestPattern completions() {
		return new RequestPattern("completions", "/v1/completions");
	}

	/**
	 * Embeddings requests.
	 * @return the pattern
	 */
	public static RequestPattern embeddings() {
		return new RequestPattern("embeddings", "/v1/embeddings");
	}

	/**
	 * Moderation requests.
	 * @return the pattern
	 */
	public static RequestPattern moderations() {
		return new RequestPattern("moderations", "/v1/moderations");
	}

	/**
	 * Image generation requests.
	 * @return the pattern
	 */
	public static RequestPattern images() {
		return new RequestPattern("images", "/v1/images/generations");
	}

	/**
	 * Speech requests.
	 * @return the pattern
	 */
	public static RequestPattern speech() {
		return new RequestPattern("speech", "/v1/audio/speech");
	}

	/**
	 * Transcription requests.
	 * @return the pattern
	 */
	public static RequestPattern transcriptions() {
		return new RequestPattern("transcriptions", "/v1/audio/transcriptions");
	}

	/**
	 * Every {@code /v1} request.
	 * @return the pattern
	 */
	public static RequestPattern anyRequest() {
		return new RequestPattern("any", null);
	}

	/**
	 * Only requests that ask for this model.
	 * @param model the model, as sent
	 * @return this pattern
	 */
	public RequestPattern model(String model) {
		this.model = model;
		return this;
	}

	/**
	 * Only requests with a user message (the input or prompt, outside chat) containing
	 * this.
	 * @param text the text
	 * @return this pattern
	 */
	public RequestPattern userMessageContaining(String text) {
		this.userText = text;
		return this;
	}

	/**
	 * Why a request does not match.
	 * @param request the request
	 * @return the reasons, empty when it matches
	 */
	List<String> misses(RecordedRequest request) {
		List<String> misses = new ArrayList<>(2);
		if (this.path != null && !(request.method().equals("POST") && request.path().equals(this.path))) {
			misses.add("it is " + request.method() + " " + request.path());
		}
		if (this.model != null && !this.model.equals(request.model())) {
			misses.add("its model is '" + request.model() + "'");
		}
		if (this.userText != null && userTexts(request.body()).stream().noneMatch((t) -> t.contains(this.userText))) {
			misses.add("no user message contains '" + this.userText + "'");
		}
		return misses;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.api.equals("any") ? "requests" : this.api + " requests");
		List<String> parts = new ArrayList<>();
		if (this.model != null) {
			parts.add("model '" + this.model + "'");
		}
		if (this.userText != null) {
			parts.add("a user message containing '" + this.userText + "'");
		}
		if (!parts.isEmpty()) {
			text.append(" with ").append(String.join(" and ", parts));
		}
		return text.toString();
	}

	/**
	 * The texts a request gives as the user's: chat's user messages, the Responses API's
	 * input (a string, or user items), a completion's prompts, embedding inputs.
	 */
	private static List<String> userTexts(@Nullable JsonNode body) {
		List<String> texts = new ArrayList<>();
		if (body == null) {
			return texts;
		}
		for (String field : List.of("messages", "input", "prompt")) {
			JsonNode value = body.get(field);
			if (value == null) {
				continue;
			}
			if (value.isString()) {
				texts.add(value.stringValue());
			}
			for (JsonNode item : value) {
				if (item.isString()) {
					texts.add(item.stringValue());
				}
				else if ("user".equals(item.path("role").asString("").toLowerCase(Locale.ROOT))) {
					texts.add(text(item.get("content")));
				}
			}
		}
		return texts;
	}

	private static String text(@Nullable JsonNode content) {
		if (content == null) {
			return "";
		}
		if (content.isString()) {
			return content.stringValue();
		}
		StringBuilder text = new StringBuilder();
		for (JsonNode part : content) {
			text.append(part.path("text").asString(""));
		}
		return text.toString();
	}

}
