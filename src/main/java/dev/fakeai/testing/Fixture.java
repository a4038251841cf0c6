package dev.fakeai.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture written in code, the same as in a fixture file (see {@code docs/testing.md}):
 * {@code Fixture.when().userContains("refund").thenCall("lookup_order", Map.of("order_id",
 * "A-1"))}. Each {@code then...} adds an answer; several make a sequence, given in order.
 */
public final class Fixture {

	private final Map<String, Object> match = new LinkedHashMap<>();

	private final List<Map<String, Object>> answers = new ArrayList<>();

	private final Map<String, Object> settings = new LinkedHashMap<>();

	private Fixture() {
	}

	/**
	 * A fixture that matches every call of the text APIs, until narrowed.
	 * @return the fixture
	 */
	public static Fixture when() {
		return new Fixture();
	}

	/**
	 * Only for these APIs: {@code chat}, {@code responses}, {@code completions},
	 * {@code embeddings}, {@code moderations}, {@code images}, {@code speech},
	 * {@code transcriptions}, {@code translations}.
	 * @param endpoints the APIs
	 * @return this fixture
	 */
	public Fixture endpoint(String... endpoints) {
		this.match.put("endpoint", List.of(endpoints));
		return this;
	}

	/**
	 * Only for this model (an id or a glob such as {@code gpt-4o*}).
	 * @param model the model
	 * @return this fixture
	 */
	public Fixture model(String model) {
		this.match.put("model", model);
		return this;
	}

	/**
	 * Only when the last user message is exactly this.
	 * @param text the text
	 * @return this fixture
	 */
	public Fixture userEquals(String text) {
		this.match.put("user", Map.of("equals", text));
		return this;
	}

	/**
	 * Only when the last user message contains this.
	 * @param text the text
	 * @return this fixture
	 */
	public Fixture userContains(String text) {
		this.match.put("user", Map.of("contains", text));
		return this;
	}

	/**
	 * Only when this regular expression is found in the last user message.
	 * @param regex the expression
	 * @return this fixture
	 */
	public Fixture userMatches(String regex) {
		this.match.put("user", Map.of("regex", regex));
		return this;
	}

	/**
	 * Only when a system or developer message contains this.
	 * @param text the text
	 * @return this fixture
	 */
	public Fixture systemContains(String text) {
		this.match.put("system", Map.of("contains", text));
		return this;
	}

	/**
	 * Only when the request offers this function.
	 * @param name the function
	 * @return this fixture
	 */
	public Fixture offersTool(String name) {
		this.match.put("tool", name);
		return this;
	}

	/**
	 * Only when the conversation ends with this tool's result ({@code *} for any tool's).
	 * @param name the tool
	 * @return this fixture
	 */
	public Fixture afterTool(String name) {
		this.match.put("after_tool", name);
		return this;
	}

	/**
	 * Only when this request header has this value.
	 * @param name the header
	 * @param value its value
	 * @return this fixture
	 */
	@SuppressWarnings("unchecked")
	public Fixture header(String name, String value) {
		((Map<String, Object>) this.match.computeIfAbsent("headers", (key) -> new LinkedHashMap<>())).put(name, value);
		return this;
	}

	/**
	 * Answers at most this many times in all.
	 * @param times the count
	 * @return this fixture
	 */
	public Fixture times(int times) {
		this.settings.put("times", times);
		return this;
	}

	/**
	 * Tried before fixtures of lower priority.
	 * @param priority the priority
	 * @return this fixture
	 */
	public Fixture priority(int priority) {
		this.settings.put("priority", priority);
		return this;
	}

	/**
	 * A name for errors, the journal and the near-miss report.
	 * @param name the name
	 * @return this fixture
	 */
	public Fixture named(String name) {
		this.settings.put("name", name);
		return this;
	}

	/**
	 * Answers with this text.
	 * @param content the text
	 * @return this fixture
	 */
	public Fixture thenAnswer(String content) {
		return then(Map.of("content", content));
	}

	/**
	 * Answers with a call of this function.
	 * @param name the function
	 * @param arguments its arguments
	 * @return this fixture
	 */
	public Fixture thenCall(String name, Map<String, ?> arguments) {
		return then(Map.of("tool_calls", List.of(Map.of("name", name, "arguments", arguments))));
	}

	/**
	 * Answers with a refusal.
	 * @param refusal the refusal
	 * @return this fixture
	 */
	public Fixture thenRefuse(String refusal) {
		return then(Map.of("refusal", refusal));
	}

	/**
	 * Answers with an error in OpenAI's envelope.
	 * @param status the HTTP status
	 * @param type the error type
	 * @param code the error code
	 * @param message the message
	 * @return this fixture
	 */
	public Fixture thenFail(int status, String type, String code, String message) {
		return then(Map.of("error", Map.of("status", status, "type", type, "code", code, "message", message)));
	}

	/**
	 * Answers as simulated, with a fault injected ({@code 429}, {@code 503},
	 * {@code stream-cut}, ...).
	 * @param fault the fault
	 * @return this fixture
	 */
	public Fixture thenFault(String fault) {
		return then(Map.of("fault", fault));
	}

	/**
	 * Answers as a fixture file's {@code respond} says (any key of the format).
	 * @param respond the answer
	 * @return this fixture
	 */
	public Fixture then(Map<String, ?> respond) {
		this.answers.add(new LinkedHashMap<>(respond));
		return this;
	}

	/**
	 * The fixture as a file would hold it.
	 * @return its keys and values
	 */
	Map<String, Object> definition() {
		if (this.answers.isEmpty()) {
			throw new IllegalStateException(
					"A fixture needs an answer: thenAnswer, thenCall, thenRefuse, thenFail, " + "thenFault or then");
		}
		Map<String, Object> definition = new LinkedHashMap<>(this.settings);
		definition.put("match", this.match);
		if (this.answers.size() == 1) {
			definition.put("respond", this.answers.get(0));
		}
		else {
			definition.put("sequence", this.answers);
		}
		return definition;
	}

}
