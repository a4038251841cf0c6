package dev.fakeai.engine;

import java.time.Duration;
import java.util.List;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.catalog.ProviderCatalogs;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.TokenCounter;

import org.springframework.util.unit.DataSize;

/**
 * The engine over the full catalog with no simulated latency, for every API's unit tests
 * without Spring.
 */
public final class TestEngines {

	/** One counter for all tests: its memos are shared as in the server. */
	public static final TokenCounter COUNTER = new TokenCounter();

	private TestEngines() {
	}

	public static FakeAiProperties properties(boolean strict, boolean autoCreate) {
		return new FakeAiProperties(
				new FakeAiProperties.Models(List.of("all"), autoCreate, true, 0.8, 100,
						FakeAiProperties.Profile.EMULATOR),
				new FakeAiProperties.Auth(List.of()), new FakeAiProperties.Http(DataSize.ofMegabytes(32)),
				new FakeAiProperties.Latency(0, Duration.ofMinutes(1), 1), new FakeAiProperties.Compat(strict),
				new FakeAiProperties.Responses(100, DataSize.ofMegabytes(16)));
	}

	public static GenerationEngine engine(boolean strict, boolean autoCreate) {
		FakeAiProperties properties = properties(strict, autoCreate);
		return new GenerationEngine(new ModelRegistry(ProviderCatalogs.all(), properties.models()), COUNTER,
				new JsonSchemas(), properties);
	}

}
