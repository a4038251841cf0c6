package dev.fakeai.models;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.catalog.ProviderCatalogs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Registry lookup over the full catalog, one benchmark per lookup strategy:
 * {@code ./mvnw -Pbench verify} (see {@code docs/performance.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModelLookupBenchmark {

	private ModelRegistry registry;

	private ModelFilter visionFilter;

	@Setup
	public void setUp() {
		this.registry = new ModelRegistry(ProviderCatalogs.all(), FakeAiProperties.Models.defaults());
		this.visionFilter = new ModelFilter(Capability.VISION, null, null);
	}

	@Benchmark
	public ModelLookup exact() {
		return this.registry.lookup("meta-llama/Llama-3.1-8B-Instruct");
	}

	@Benchmark
	public ModelLookup alias() {
		return this.registry.lookup("gpt-4o-2024-08-06");
	}

	@Benchmark
	public ModelLookup normalized() {
		return this.registry.lookup("llama-3.1-8b-instruct");
	}

	@Benchmark
	public ModelLookup fuzzySubstringHit() {
		return this.registry.lookup("Llama-3.1-8B");
	}

	@Benchmark
	public ModelLookup fuzzySimilarityHit() {
		return this.registry.lookup("gpt-4o-minii");
	}

	@Benchmark
	public ModelLookup missWithSuggestions() {
		return this.registry.lookup("claude-opus-9-preview-experimental");
	}

	@Benchmark
	public List<ModelDefinition> capabilityListing() {
		return this.registry.list(this.visionFilter);
	}

}
