package dev.fakeai.chat;

import java.time.Duration;
import java.util.List;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.catalog.ProviderCatalogs;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.TokenCounter;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.util.unit.DataSize;

/**
 * Builds the chat parts over the full catalog, for unit tests without Spring.
 */
final class ChatFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final TokenCounter COUNTER = new TokenCounter();

	private ChatFixtures() {
	}

	static FakeAiProperties properties(boolean strict, boolean autoCreate) {
		return new FakeAiProperties(new FakeAiProperties.Models(List.of("all"), autoCreate, true, 0.8, 100),
				new FakeAiProperties.Auth(List.of()), new FakeAiProperties.Http(DataSize.ofMegabytes(32)),
				new FakeAiProperties.Latency(0, Duration.ofMinutes(1), 1), new FakeAiProperties.Compat(strict));
	}

	static ChatService service(boolean strict, boolean autoCreate) {
		FakeAiProperties properties = properties(strict, autoCreate);
		return new ChatService(new ModelRegistry(ProviderCatalogs.all(), properties.models()), COUNTER,
				new JsonSchemas(), properties);
	}

	static ChatService service() {
		return service(true, true);
	}

	static ChatRequest request(String json) {
		return ChatRequestParser.parse(JSON.readTree(json));
	}

	static ChatResult complete(ChatService service, String json) {
		return service.complete(request(json), LatencyOverride.of(null, null, null));
	}

}
