package dev.fakeai.chat;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.chat.ChatFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream plan without sending it: frame order and shape, and the delay of every
 * frame.
 */
class ChatStreamTests {

	private final GenerationEngine service = ChatFixtures.service();

	private static final long TTFT = 200_000_000L;

	private static final long ITL = 20_000_000L;

	private ChatStream stream(String json, LatencyOverride latency) {
		return ChatFixtures.complete(this.service, json, latency).stream(11);
	}

	private static List<JsonNode> frames(ChatStream stream) {
		List<JsonNode> frames = new ArrayList<>();
		for (int i = 0; i < stream.size(); i++) {
			frames.add(JSON.readTree(stream.data(i)));
		}
		return frames;
	}

	@Test
	void framesARoleChunkContentDeltasAFinishChunkAndUsage() {
		ChatStream stream = stream("""
				{"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true}, "seed": 1,
				 "messages": [{"role": "user", "content": "Explain photosynthesis"}]}""",
				LatencyOverride.of("0", null, null));
		List<JsonNode> frames = frames(stream);

		JsonNode first = frames.get(0);
		assertThat(first.at("/object").asString()).isEqualTo("chat.completion.chunk");
		assertThat(first.at("/choices/0/delta/role").asString()).isEqualTo("assistant");
		assertThat(first.at("/choices/0/delta/content").asString()).isEmpty();
		assertThat(first.has("usage")).isTrue();
		assertThat(first.get("usage").isNull()).isTrue();
		JsonNode finish = frames.get(frames.size() - 2);
		assertThat(finish.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(finish.at("/choices/0/delta").isEmpty()).isTrue();
		JsonNode usage = frames.get(frames.size() - 1);
		assertThat(usage.get("choices").isEmpty()).isTrue();
		StringBuilder content = new StringBuilder();
		frames.subList(1, frames.size() - 2)
			.forEach((frame) -> content.append(frame.at("/choices/0/delta/content").asString()));
		assertThat(usage.at("/usage/completion_tokens").asInt())
			.isEqualTo(ChatFixtures.COUNTER.count(dev.fakeai.models.Tokenizer.O200K_BASE, content.toString()));
		assertThat(frames).extracting((frame) -> frame.get("id").asString()).containsOnly(first.get("id").asString());
	}

	@Test
	void templatedContentFramesEqualWhatJacksonWrites() throws Exception {
		for (String options : new String[] { "", "\"stream_options\": {\"include_usage\": true}, ",
				"\"stream_options\": {\"include_obfuscation\": false}, " }) {
			for (String model : new String[] { "gpt-4o", "gpt-5" }) {
				ChatStream stream = stream("{\"model\": \"" + model + "\", \"stream\": true, " + options
						+ "\"n\": 2, \"messages\": [{\"role\": \"user\", \"content\": \"Say \\\"quotes\\\" and \\\\ ünïcode\"}]}",
						LatencyOverride.of("0", null, null));
				for (int i = 0; i < stream.size(); i++) {
					assertThat(stream.data(i)).isEqualTo(stream.jacksonData(i));
					java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
					stream.writeData(i, bytes);
					assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(stream.data(i));
				}
			}
		}
	}

	@Test
	void withoutIncludeUsageThereIsNoUsageKey() {
		List<JsonNode> frames = frames(stream("""
				{"model": "gpt-4o", "stream": true, "messages": [{"role": "user", "content": "Hi"}]}""",
				LatencyOverride.of("0", null, null)));

		assertThat(frames).noneMatch((frame) -> frame.has("usage"));
	}

	@Test
	void delaysFollowTheProfile() {
		ChatStream stream = stream("""
				{"model": "gpt-4o", "stream": true, "max_tokens": 50,
				 "messages": [{"role": "user", "content": "Explain photosynthesis in detail"}]}""",
				LatencyOverride.of(null, "200", "20"));

		assertThat(stream.delayNanos(0)).isEqualTo(TTFT);
		assertThat(stream.delayNanos(1)).as("the first token comes with the role chunk").isZero();
		for (int i = 2; i < stream.size() - 1; i++) {
			assertThat(stream.delayNanos(i)).isEqualTo(ITL);
		}
		assertThat(stream.delayNanos(stream.size() - 1)).as("finish chunk").isZero();
		assertThat(stream.size()).isEqualTo(1 + 50 + 1);
	}

	@Test
	void jitteredDelaysStayInTheProfilesBand() {
		ChatStream stream = stream(
				"""
						{"model": "gpt-4o", "stream": true, "messages": [{"role": "user", "content": "Explain photosynthesis"}]}""",
				LatencyOverride.of("1", null, null));
		dev.fakeai.models.LatencyProfile profile = dev.fakeai.models.LatencyProfile.of(0.451, 208.5);

		assertThat(stream.delayNanos(0)).isEqualTo(profile.timeToFirstToken().toNanos());
		for (int i = 2; i < stream.size() - 1; i++) {
			assertThat(stream.delayNanos(i)).isBetween(profile.minInterTokenDelay().toNanos(),
					profile.maxInterTokenDelay().toNanos());
		}
	}

	@Test
	void hiddenReasoningDelaysTheFirstToken() {
		ChatFixtures.Completed result = ChatFixtures.complete(this.service, """
				{"model": "o3", "stream": true, "reasoning_effort": "low",
				 "messages": [{"role": "user", "content": "Why?"}]}""", LatencyOverride.of(null, "100", "10"));
		ChatStream stream = result.stream(1);

		int reasoning = result.completion().usage().completionTokensDetails().reasoningTokens();
		assertThat(stream.delayNanos(0)).isEqualTo(100_000_000L + reasoning * 10_000_000L);
	}

	@Test
	void visibleReasoningStreamsBeforeTheAnswer() {
		List<JsonNode> frames = frames(stream("""
				{"model": "deepseek-reasoner", "stream": true, "reasoning_effort": "low",
				 "messages": [{"role": "user", "content": "Why is the sky blue?"}]}""",
				LatencyOverride.of("0", null, null)));

		int lastReasoning = -1;
		int firstContent = Integer.MAX_VALUE;
		for (int i = 0; i < frames.size(); i++) {
			JsonNode delta = frames.get(i).at("/choices/0/delta");
			if (delta.has("reasoning_content")) {
				lastReasoning = i;
			}
			if (delta.has("content") && !delta.get("content").asString().isEmpty()) {
				firstContent = Math.min(firstContent, i);
			}
		}
		assertThat(lastReasoning).isPositive().isLessThan(firstContent);
	}

	@Test
	void aSingleToolCallOpensInTheFirstChunkAsCaptured() {
		List<JsonNode> frames = frames(
				stream("""
						{"model": "gpt-4o", "stream": true, "messages": [{"role": "user", "content": "weather in Oslo?"}],
						 "tools": [{"type": "function", "function": {"name": "get_weather", "description": "weather",
						   "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]}""",
						LatencyOverride.of("0", null, null)));

		JsonNode first = frames.get(0).at("/choices/0/delta");
		assertThat(first.propertyNames()).containsExactly("role", "content", "tool_calls", "refusal");
		assertThat(first.get("content").isNull()).isTrue();
		assertThat(first.get("refusal").isNull()).isTrue();
		JsonNode start = first.at("/tool_calls/0");
		assertThat(start.propertyNames()).containsExactly("index", "id", "type", "function");
		assertThat(start.get("id").asString()).startsWith("call_");
		assertThat(start.at("/function/name").asString()).isEqualTo("get_weather");
		assertThat(start.at("/function/arguments").asString()).isEmpty();
		StringBuilder arguments = new StringBuilder();
		for (JsonNode frame : frames.subList(1, frames.size() - 1)) {
			JsonNode call = frame.at("/choices/0/delta/tool_calls/0");
			assertThat(call.propertyNames()).containsExactly("index", "function");
			arguments.append(call.at("/function/arguments").asString());
		}
		assertThat(JSON.readTree(arguments.toString()).get("city").asString()).isEqualTo("Oslo");
		assertThat(frames.get(frames.size() - 1).at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
	}

	@Test
	void parallelToolCallsOpenWithTheRoleAloneAndPutUsageFirstAsCaptured() {
		ChatStream stream = stream(
				"""
						{"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true},
						 "messages": [{"role": "user", "content": "weather and time in Oslo?"}],
						 "tools": [{"type": "function", "function": {"name": "get_weather", "description": "weather in a city",
						   "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}},
						  {"type": "function", "function": {"name": "get_time", "description": "time in a city",
						   "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]}""",
				LatencyOverride.of("0", null, null));
		List<JsonNode> frames = frames(stream);

		assertThat(frames.get(0).at("/choices/0/delta").toString())
			.isEqualTo("{\"role\":\"assistant\",\"content\":null}");
		List<String> headers = new ArrayList<>();
		for (int i = 1; i < stream.size() - 2; i++) {
			String data = stream.data(i);
			assertThat(data.indexOf("\"usage\":null")).as(data).isLessThan(data.indexOf("\"choices\""));
			JsonNode call = JSON.readTree(data).at("/choices/0/delta/tool_calls/0");
			if (call.has("id")) {
				headers.add(call.at("/function/name").asString());
			}
		}
		assertThat(headers).containsExactly("get_weather", "get_time");
		String finish = stream.data(stream.size() - 2);
		assertThat(finish.indexOf("\"choices\"")).isLessThan(finish.indexOf("\"usage\""));
	}

	@Test
	void everyChunkEndsWithObfuscationUnlessTurnedOff() {
		ChatStream padded = stream("""
				{"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true},
				 "messages": [{"role": "user", "content": "Hi"}]}""", LatencyOverride.of("0", null, null));
		ChatStream plain = stream(
				"""
						{"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true, "include_obfuscation": false},
						 "messages": [{"role": "user", "content": "Hi"}]}""",
				LatencyOverride.of("0", null, null));

		for (int i = 0; i < padded.size(); i++) {
			List<String> keys = new ArrayList<>(JSON.readTree(padded.data(i)).propertyNames());
			assertThat(keys.get(keys.size() - 1)).isEqualTo("obfuscation");
			assertThat(JSON.readTree(padded.data(i)).get("obfuscation").asString()).matches("[A-Za-z0-9]{0,15}");
		}
		for (int i = 0; i < plain.size(); i++) {
			assertThat(JSON.readTree(plain.data(i)).has("obfuscation")).isFalse();
		}
	}

	@Test
	void chunkKeysAreInTheCapturedOrder() {
		ChatStream stream = stream("""
				{"model": "gpt-4o", "stream": true, "messages": [{"role": "user", "content": "Hi"}]}""",
				LatencyOverride.of("0", null, null));

		JsonNode first = JSON.readTree(stream.data(0));
		assertThat(first.propertyNames()).containsExactly("id", "object", "created", "model", "service_tier",
				"system_fingerprint", "choices", "obfuscation");
		assertThat(first.at("/choices/0/delta").toString())
			.isEqualTo("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}");
	}

	@Test
	void severalChoicesAdvanceTogether() {
		ChatStream stream = stream("""
				{"model": "gpt-4o", "stream": true, "n": 2, "messages": [{"role": "user", "content": "Hi"}]}""",
				LatencyOverride.of(null, "50", "5"));
		List<JsonNode> frames = frames(stream);

		assertThat(frames.get(0).at("/choices/0/index").asInt()).isZero();
		assertThat(frames.get(1).at("/choices/0/index").asInt()).isEqualTo(1);
		assertThat(stream.delayNanos(0)).isEqualTo(50_000_000L);
		assertThat(stream.delayNanos(1)).isZero();
		assertThat(frames).allSatisfy((frame) -> assertThat(frame.get("choices")).hasSize(1));
	}

	@Test
	void contentChunksCarryTheirLogprobs() {
		List<JsonNode> frames = frames(stream("""
				{"model": "gpt-4o", "stream": true, "logprobs": true, "top_logprobs": 2,
				 "messages": [{"role": "user", "content": "Hi"}]}""", LatencyOverride.of("0", null, null)));

		JsonNode content = frames.get(1).at("/choices/0");
		assertThat(content.at("/logprobs/content/0/token").asString())
			.isEqualTo(content.at("/delta/content").asString());
		assertThat(content.at("/logprobs/content/0/top_logprobs")).hasSize(2);
		assertThat(frames.get(0).at("/choices/0/logprobs").isNull()).isTrue();
	}

}
