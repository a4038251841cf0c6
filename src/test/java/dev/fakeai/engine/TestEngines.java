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
				new FakeAiProperties.Models(
						List.of("all"), autoCreate, true, 0.8, 100, FakeAiProperties.Profile.EMULATOR),
				new FakeAiProperties.Auth(List.of()),
				new FakeAiProperties.Http(DataSize.ofMegabytes(32), "user-fakeai", List.of("*"), 0,
						FakeAiProperties.Server.JETTY),
				new FakeAiProperties.Latency(0, Duration.ofMinutes(1), 1), new FakeAiProperties.Compat(strict),
				new FakeAiProperties.Responses(100, DataSize.ofMegabytes(16)),
				new FakeAiProperties.Fixtures(List.of(), false), new FakeAiProperties.Admin(List.of()),
				new FakeAiProperties.Journal(true, 1000, DataSize.ofMegabytes(64)),
				new FakeAiProperties.Record("", "fixtures/recorded", "", Duration.ofMinutes(10)),
				new FakeAiProperties.Faults(List.of(), 42, Duration.ofMinutes(10), Duration.ofSeconds(5)),
				new FakeAiProperties.RateLimits(0, 0, List.of(), true, false),
				new FakeAiProperties.Chat(100, DataSize.ofMegabytes(16)));
	}

	public static GenerationEngine engine(boolean strict, boolean autoCreate) {
		FakeAiProperties properties = properties(strict, autoCreate);
		return new GenerationEngine(new ModelRegistry(ProviderCatalogs.all(), properties.models()), COUNTER,
				new JsonSchemas(), properties);
	}

	/**
	 * An engine that asks a script book before it simulates.
	 * @param scripts the script book
	 * @return the engine
	 */
	public static GenerationEngine engine(ScriptBook scripts) {
		FakeAiProperties properties = properties(true, true);
		return new GenerationEngine(new ModelRegistry(ProviderCatalogs.all(), properties.models()), COUNTER,
				new JsonSchemas(), properties, scripts);
	}

	/**
	 * Properties with fixtures from files, strict or not.
	 * @param strict whether unmatched calls are refused
	 * @param paths the fixture files
	 * @return the properties
	 */
	public static FakeAiProperties fixtures(boolean strict, String... paths) {
		FakeAiProperties defaults = properties(true, true);
		return new FakeAiProperties(defaults.models(), defaults.auth(), defaults.http(), defaults.latency(),
				defaults.compat(), defaults.responses(), new FakeAiProperties.Fixtures(List.of(paths), strict),
				defaults.admin(), defaults.journal(), defaults.record(), defaults.faults(), defaults.rateLimits(),
				defaults.chat());
	}

}
