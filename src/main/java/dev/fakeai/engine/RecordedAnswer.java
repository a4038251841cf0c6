package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upstream answer put together piece by piece (whole, or from a stream's deltas) by an
 * API's {@link WireReader}, then turned into the script that says the same.
 */
public final class RecordedAnswer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringBuilder content = new StringBuilder();

	private boolean hasContent;

	private final StringBuilder refusal = new StringBuilder();

	private boolean hasRefusal;

	private final Map<Integer, String[]> calls = new TreeMap<>();

	private @Nullable String finishReason;

	private @Nullable Integer promptTokens;

	private @Nullable Integer completionTokens;

	/**
	 * Text, whole or a delta.
	 * @param text the text
	 * @return this answer
	 */
	public RecordedAnswer content(@Nullable String text) {
		if (text != null) {
			this.content.append(text);
			this.hasContent = true;
		}
		return this;
	}

	/**
	 * A refusal, whole or a delta.
	 * @param text the text
	 * @return this answer
	 */
	public RecordedAnswer refusal(@Nullable String text) {
		if (text != null) {
			this.refusal.append(text);
			this.hasRefusal = true;
		}
		return this;
	}

	/**
	 * A tool call, whole or a piece of one.
	 * @param index its position
	 * @param id its id, once known
	 * @param name its function, once known
	 * @param arguments its arguments or a fragment of them
	 * @return this answer
	 */
	public RecordedAnswer call(int index, @Nullable String id, @Nullable String name, @Nullable String arguments) {
		String[] call = this.calls.computeIfAbsent(index, (i) -> new String[] { null, null, "" });
		if (id != null) {
			call[0] = id;
		}
		if (name != null) {
			call[1] = name;
		}
		if (arguments != null) {
			call[2] += arguments;
		}
		return this;
	}

	/**
	 * Why the answer ended, in the API's words ({@code stop}, {@code length},
	 * {@code tool_calls}, {@code content_filter}, {@code max_output_tokens}).
	 * @param reason the reason
	 * @return this answer
	 */
	public RecordedAnswer finish(@Nullable String reason) {
		if (reason != null) {
			this.finishReason = reason;
		}
		return this;
	}

	/**
	 * The tokens the upstream billed.
	 * @param prompt prompt tokens
	 * @param completion completion tokens
	 * @return this answer
	 */
	public RecordedAnswer usage(@Nullable Integer prompt, @Nullable Integer completion) {
		this.promptTokens = prompt;
		this.completionTokens = completion;
		return this;
	}

	/**
	 * The script that says what the upstream said: its calls, or its refusal, or its
	 * text; its finish reason only where it is not the natural one; its token counts.
	 * @param fixture the script's name
	 * @return the script
	 */
	public Script script(String fixture) {
		List<Script.Call> scripted = new ArrayList<>();
		for (String[] call : this.calls.values()) {
			scripted.add(new Script.Call(call[0], (call[1] != null) ? call[1] : "unknown", arguments(call[2])));
		}
		String text = (!scripted.isEmpty() || this.hasRefusal) ? null
				: (this.hasContent ? this.content.toString() : "");
		Script.UsageOverride usage = (this.promptTokens != null || this.completionTokens != null)
				? new Script.UsageOverride(this.promptTokens, this.completionTokens) : null;
		return new Script(fixture, text, scripted, null, this.hasRefusal ? this.refusal.toString() : null,
				unnaturalFinish(), usage, null, null, null, null);
	}

	private @Nullable FinishReason unnaturalFinish() {
		if (this.finishReason == null) {
			return null;
		}
		return switch (this.finishReason.toLowerCase(Locale.ROOT)) {
			case "length", "max_output_tokens" -> FinishReason.LENGTH;
			case "content_filter" -> FinishReason.CONTENT_FILTER;
			default -> null;
		};
	}

	private static JsonNode arguments(String text) {
		try {
			JsonNode node = JSON.readTree(text.isBlank() ? "{}" : text);
			return node.isObject() ? node : JSON.createObjectNode();
		}
		catch (JacksonException ex) {
			return JSON.createObjectNode();
		}
	}

	/**
	 * A string field of an answer, for readers.
	 * @param node the field, possibly absent
	 * @return its text, or {@code null} when absent or not a string
	 */
	public static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/**
	 * A count in an answer's {@code usage}, for readers.
	 * @param owner the object holding {@code usage}
	 * @param field the count's name
	 * @return the count, or {@code null} when absent
	 */
	public static @Nullable Integer count(JsonNode owner, String field) {
		JsonNode count = owner.path("usage").get(field);
		return (count != null && count.canConvertToInt()) ? count.intValue() : null;
	}

}
