package dev.fakeai.chat;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TestEngines;
import dev.fakeai.simulation.TokenCounter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the chat parts over the full catalog, for unit tests without Spring.
 */
final class ChatFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final TokenCounter COUNTER = TestEngines.COUNTER;

	private ChatFixtures() {
	}

	static FakeAiProperties properties(boolean strict, boolean autoCreate) {
		return TestEngines.properties(strict, autoCreate);
	}

	static GenerationEngine service(boolean strict, boolean autoCreate) {
		return TestEngines.engine(strict, autoCreate);
	}

	static GenerationEngine service() {
		return service(true, true);
	}

	static GenerationRequest request(String json) {
		return ChatRequestParser.parse(JSON.readTree(json), true);
	}

	static Completed complete(GenerationEngine engine, String json) {
		return complete(engine, json, LatencyOverride.of(null, null, null));
	}

	static Completed complete(GenerationEngine engine, String json, LatencyOverride latency) {
		GenerationRequest request = request(json);
		Reply reply = engine.generate(request, latency);
		return new Completed(request, reply, ChatCompletion.from(reply, ChatCompletion.newId(), 1_700_000_000L),
				ChatRequestParser.obfuscation(JSON.readTree(json)));
	}

	/**
	 * A request as chat parsed it, the engine's reply, the completion chat renders, and
	 * whether its stream pads chunks.
	 */
	record Completed(GenerationRequest request, Reply reply, ChatCompletion completion, boolean obfuscation) {

		ChatStream stream(long seed) {
			return new ChatStream(this.reply, this.completion, this.request.includeUsage(), this.obfuscation, JSON,
					seed);
		}

	}

}
