package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.TestEngines;
import dev.fakeai.errors.ApiException;
import dev.fakeai.fixtures.FixtureBook;
import dev.fakeai.models.Tokenizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Fixture answers rendered by chat: the scripted text, calls and refusals, with token
 * counts, logprobs and streams that agree with them, and the capability rules of an
 * unscripted request.
 */
class ScriptedChatTests {

	private final FixtureBook book = new FixtureBook(TestEngines.fixtures(false));

	private final GenerationEngine engine = TestEngines.engine(this.book);

	private static final String TOOLS = """
			"tools": [{"type": "function", "function": {"name": "lookup_order", "parameters": {"type": "object",
			  "properties": {"order_id": {"type": "string", "pattern": "^[A-Z]-\\\\d+$"}},
			  "required": ["order_id"], "additionalProperties": false}}}]""";

	private ChatFixtures.Completed complete(String json) {
		return ChatFixtures.complete(this.engine, json, LatencyOverride.of("0", null, null));
	}

	private static List<JsonNode> frames(ChatFixtures.Completed completed) {
		ChatStream stream = completed.stream(7);
		List<JsonNode> frames = new ArrayList<>();
		for (int i = 0; i < stream.size(); i++) {
			frames.add(ChatFixtures.JSON.readTree(stream.data(i)));
		}
		return frames;
	}

	@Test
	void scriptedTextIsBilledStreamedAndLoggedTokenByToken() {
		this.book.add("match: { user: hello }\nrespond: { content: \"Hello there, how can I help today?\" }\n", true);
		String text = "Hello there, how can I help today?";
		int tokens = ChatFixtures.COUNTER.count(Tokenizer.O200K_BASE, text);

		ChatFixtures.Completed blocking = complete("""
				{"model": "gpt-4o-mini", "logprobs": true, "top_logprobs": 2,
				 "messages": [{"role": "user", "content": "hello"}]}""");
		ChatFixtures.Completed streamed = complete("""
				{"model": "gpt-4o-mini", "stream": true, "stream_options": {"include_usage": true},
				 "messages": [{"role": "user", "content": "hello"}]}""");

		ChatCompletion.Choice choice = blocking.completion().choices().get(0);
		assertThat(choice.message().content()).isEqualTo(text);
		assertThat(choice.finishReason()).isEqualTo("stop");
		assertThat(blocking.reply().usage().completionTokens()).isEqualTo(tokens);
		assertThat(choice.logprobs().orElseThrow().content()).hasSize(tokens);
		StringBuilder assembled = new StringBuilder();
		List<JsonNode> frames = frames(streamed);
		frames.forEach((frame) -> assembled.append(frame.at("/choices/0/delta/content").asString("")));
		assertThat(assembled).hasToString(text);
		assertThat(frames.get(frames.size() - 1).at("/usage/completion_tokens").asInt()).isEqualTo(tokens);
		assertThat(streamed.reply().choices().get(0).contentTokens()).hasSize(tokens);
	}

	@Test
	void scriptedCallsAreCheckedAgainstTheOfferedToolsSchema() {
		this.book.add("""
				- match: { user: good }
				  respond: { tool_calls: [{ name: lookup_order, arguments: { order_id: A-1 } }] }
				- match: { user: bad }
				  respond: { tool_calls: [{ name: lookup_order, arguments: { order_id: "one" } }] }
				- match: { user: unknown }
				  respond: { tool_calls: [{ name: cancel_order }] }
				""", true);

		ChatFixtures.Completed good = complete("{\"model\": \"gpt-4o-mini\", " + TOOLS
				+ ", \"messages\": [{\"role\": \"user\", \"content\": \"good\"}]}");
		assertThat(good.completion().choices().get(0).message().toolCalls()).singleElement().satisfies((call) -> {
			assertThat(call.function().name()).isEqualTo("lookup_order");
			assertThat(call.function().arguments()).isEqualTo("{\"order_id\":\"A-1\"}");
			assertThat(call.id()).startsWith("call_");
		});
		assertThat(good.completion().choices().get(0).finishReason()).isEqualTo("tool_calls");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete("{\"model\": \"gpt-4o-mini\", " + TOOLS
					+ ", \"messages\": [{\"role\": \"user\", \"content\": \"bad\"}]}"))
			.withMessage("Fixture 'fx_2' calls 'lookup_order' with arguments that do not fit its parameters: "
					+ "'pattern' at '#/properties/order_id' (does not match the regex pattern ^[A-Z]-\\d+$).")
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(400));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete("{\"model\": \"gpt-4o-mini\", " + TOOLS
					+ ", \"messages\": [{\"role\": \"user\", \"content\": \"unknown\"}]}"))
			.withMessageContaining(
					"calls 'cancel_order', which this request does not offer as a tool (it offers " + "lookup_order).");
	}

	@Test
	void capabilityRulesHoldAsWithoutAFixture() {
		String request = "{\"model\": \"o1-mini\", " + TOOLS
				+ ", \"messages\": [{\"role\": \"user\", \"content\": \"good\"}]}";
		ApiException unscripted = org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
				() -> complete(request));
		this.book.add("match: { user: good }\nrespond: { tool_calls: [{ name: lookup_order, arguments: "
				+ "{ order_id: A-1 } }] }\n", true);

		assertThat(unscripted).isNotNull();
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> complete(request))
			.withMessage(unscripted.getMessage());
	}

	@Test
	void reasoningRefusalUsageFinishAndTimingAreScripted() {
		this.book.add("""
				- match: { user: think }
				  respond: { content: "42", reasoning: "Six times seven.", usage: { prompt_tokens: 100 } }
				- match: { user: refuse }
				  respond: { refusal: "I can't help with that.", ttft_ms: 250, itl_ms: 5 }
				- match: { user: filter }
				  respond: { content: "Partial", finish_reason: content_filter }
				- match: { user: long }
				  respond: { content: "one two three four five six seven eight nine ten" }
				""", true);

		ChatFixtures.Completed thinking = complete("""
				{"model": "deepseek-reasoner", "messages": [{"role": "user", "content": "think"}]}""");
		assertThat(thinking.completion().choices().get(0).message().reasoningContent()).isEqualTo("Six times seven.");
		assertThat(thinking.reply().usage().reasoningTokens())
			.isEqualTo(ChatFixtures.COUNTER.count(Tokenizer.O200K_BASE, "Six times seven."));
		assertThat(thinking.reply().usage().promptTokens()).isEqualTo(100);

		ChatFixtures.Completed refused = complete("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "refuse"}]}""");
		assertThat(refused.completion().choices().get(0).message().content()).isNull();
		assertThat(refused.completion().choices().get(0).message().refusal()).isEqualTo("I can't help with that.");
		assertThat(refused.reply().timing().firstTokenNanos()).isEqualTo(250_000_000L);
		List<JsonNode> frames = frames(complete("""
				{"model": "gpt-4o-mini", "stream": true, "messages": [{"role": "user", "content": "refuse"}]}"""));
		assertThat(frames.get(0).at("/choices/0/delta/refusal").asString()).isEmpty();
		assertThat(frames.get(0).at("/choices/0/delta/content").isNull()).isTrue();
		StringBuilder refusal = new StringBuilder();
		frames.subList(1, frames.size())
			.forEach((frame) -> refusal.append(frame.at("/choices/0/delta/refusal").asString("")));
		assertThat(refusal).hasToString("I can't help with that.");

		assertThat(complete("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "filter"}]}""").completion()
			.choices()
			.get(0)
			.finishReason()).isEqualTo("content_filter");
		ChatFixtures.Completed cut = complete("""
				{"model": "gpt-4o-mini", "max_completion_tokens": 3, "stop": [" three"],
				 "messages": [{"role": "user", "content": "long"}]}""");
		assertThat(cut.completion().choices().get(0).message().content()).isEqualTo("one two");
		assertThat(cut.completion().choices().get(0).finishReason()).isEqualTo("stop");
		ChatFixtures.Completed limited = complete(
				"""
						{"model": "gpt-4o-mini", "max_completion_tokens": 3, "messages": [{"role": "user", "content": "long"}]}""");
		assertThat(limited.completion().choices().get(0).message().content()).isEqualTo("one two three");
		assertThat(limited.completion().choices().get(0).finishReason()).isEqualTo("length");
	}

	@Test
	void aCatastrophicPatternIsABadRequestNamingItNeverAStuckThread() {
		String tool = """
				"tools": [{"type": "function", "function": {"name": "check", "parameters": {"type": "object",
				  "properties": {"code": {"type": "string", "pattern": "(.*a){20}b"}}}}}]""";
		String text = "a".repeat(30);
		this.book.add(
				"- match: { user: check }\n  respond: { tool_calls: [{ name: check, arguments: { code: \"" + text
						+ "\" } }] }\n- match: { user: { regex: \"(.*x){20}y\" } }\n  respond: { content: never }\n",
				true);

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete("{\"model\": \"gpt-4o-mini\", " + tool
					+ ", \"messages\": [{\"role\": \"user\", \"content\": \"check\"}]}"))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(400))
			.withMessageContaining("the pattern '(.*a){20}b' takes too long to match");
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete("{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", "
					+ "\"content\": \"" + "x".repeat(30) + "\"}]}"))
			.withMessageContaining("the pattern '(.*x){20}y' takes too long to match");
	}

}
