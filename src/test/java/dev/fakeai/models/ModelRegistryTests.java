package dev.fakeai.models;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.fakeai.config.FakeAiProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ModelRegistryTests {

	private final ModelRegistry registry = new ModelRegistry(List.of(new FixtureCatalog()),
			FakeAiProperties.Models.defaults());

	@Test
	void registersAndUnregisters() {
		ModelDefinition extra = ModelDefinition.builder("extra", "me", 1_700_000_000L)
			.features(CapabilityPresets.CHAT_ONLY)
			.limits(4_096, 1_024)
			.build();

		this.registry.register(extra);

		assertThat(this.registry.exists("extra")).isTrue();
		assertThat(this.registry.count()).isEqualTo(5);
		assertThat(this.registry.unregister("extra")).isTrue();
		assertThat(this.registry.unregister("extra")).isFalse();
		assertThat(this.registry.exists("extra")).isFalse();
	}

	@Test
	void registeringATakenIdOrAliasFails() {
		ModelDefinition sameId = this.registry.get("gpt-test")
			.orElseThrow()
			.toBuilder()
			.aliases()
			.snapshot(null)
			.build();
		ModelDefinition aliasClash = ModelDefinition.builder("other", "me", 1_700_000_000L)
			.features(CapabilityPresets.CHAT_ONLY)
			.limits(4_096, 1_024)
			.aliases("gpt-test-2024-01-01")
			.build();

		assertThatIllegalStateException().isThrownBy(() -> this.registry.register(sameId))
			.withMessageContaining("gpt-test");
		assertThatIllegalStateException().isThrownBy(() -> this.registry.register(aliasClash))
			.withMessageContaining("gpt-test-2024-01-01")
			.withMessageContaining("other");
		assertThat(this.registry.exists("other")).isFalse();
	}

	@Test
	void duplicateIdsAcrossCatalogsFailStartup() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ModelRegistry(List.of(new FixtureCatalog(), new FixtureCatalog()),
					FakeAiProperties.Models.defaults()))
			.withMessageContaining("Duplicate model id or alias 'gpt-test'");
	}

	@Test
	void unknownProviderSelectionFailsStartupNamingTheKnownOnes() {
		FakeAiProperties.Models settings = new FakeAiProperties.Models(List.of("nope"), true, true, 0.8, 10,
				FakeAiProperties.Profile.EMULATOR);

		assertThatIllegalStateException().isThrownBy(() -> new ModelRegistry(List.of(new FixtureCatalog()), settings))
			.withMessageContaining("[nope]")
			.withMessageContaining("fixture");
	}

	@Test
	void providerSelectionLoadsOnlyTheNamedCatalogs() {
		ModelCatalog other = new ModelCatalog() {
			@Override
			public String provider() {
				return "other";
			}

			@Override
			public List<ModelDefinition> models() {
				return List.of(ModelDefinition.builder("solo", "other", 1_700_000_000L)
					.features(CapabilityPresets.CHAT_ONLY)
					.limits(4_096, 1_024)
					.build());
			}
		};
		FakeAiProperties.Models settings = new FakeAiProperties.Models(List.of("other"), true, true, 0.8, 10,
				FakeAiProperties.Profile.EMULATOR);

		ModelRegistry selected = new ModelRegistry(List.of(new FixtureCatalog(), other), settings);

		assertThat(selected.list()).extracting(ModelDefinition::id).containsExactly("solo");
	}

	@Test
	void listFiltersByCapabilityOwnerAndProvider() {
		assertThat(this.registry.list(new ModelFilter(Capability.REASONING, null, null)))
			.extracting(ModelDefinition::id)
			.containsExactly("acme/reasoner-8b");
		assertThat(this.registry.list(new ModelFilter(null, "acme", null))).hasSize(2);
		assertThat(this.registry.list(new ModelFilter(Capability.MOE, "acme", null))).extracting(ModelDefinition::id)
			.containsExactly("acme/moe-30b-a3b");
		assertThat(this.registry.list(new ModelFilter(null, null, "openai"))).extracting(ModelDefinition::id)
			.containsExactly("gpt-test", "embed-test");
		assertThat(this.registry.list(ModelFilter.ALL)).hasSize(4);
		assertThat(this.registry.withCapability(Capability.EMBEDDINGS)).extracting(ModelDefinition::id)
			.containsExactly("embed-test");
	}

	@Test
	void getOrCreateInfersUnknownModelsAndKeepsThem() {
		ModelLookup lookup = this.registry.getOrCreate("mistral-nemo-12b-instruct");

		assertThat(lookup).isInstanceOfSatisfying(ModelLookup.Found.class, (found) -> {
			assertThat(found.kind()).isEqualTo(MatchKind.CREATED);
			assertThat(found.model().has(Capability.CHAT)).isTrue();
			assertThat(found.model().capabilities().parameterCount()).isEqualTo(12_000_000_000L);
		});
		assertThat(this.registry.lookup("mistral-nemo-12b-instruct")).isInstanceOfSatisfying(ModelLookup.Found.class,
				(found) -> assertThat(found.kind()).isEqualTo(MatchKind.EXACT));
		assertThat(this.registry.statistics().autoCreated()).isEqualTo(1);
	}

	@Test
	void getOrCreateResolvesFuzzilyBeforeCreating() {
		assertThat(this.registry.getOrCreate("GPT-TEST")).isInstanceOfSatisfying(ModelLookup.Found.class,
				(found) -> assertThat(found.kind()).isEqualTo(MatchKind.NORMALIZED));
		assertThat(this.registry.count()).isEqualTo(4);
	}

	@Test
	void getOrCreateWithoutAutoCreationIsNotFound() {
		ModelRegistry noCreate = new ModelRegistry(List.of(new FixtureCatalog()),
				new FakeAiProperties.Models(List.of("all"), false, true, 0.8, 10, FakeAiProperties.Profile.EMULATOR));

		assertThat(noCreate.getOrCreate("brand-new-model")).isInstanceOf(ModelLookup.NotFound.class);
		assertThat(noCreate.count()).isEqualTo(4);
	}

	@Test
	void fineTunedIdsCopyTheirBaseInBothForms() {
		ModelDefinition jobForm = created("ft:gpt-test-2024-01-01:my-org::job123");
		ModelDefinition suffixForm = created("ft:acme/reasoner-8b:team-x:support-bot:abc42");

		assertThat(jobForm.parent()).isEqualTo("gpt-test");
		assertThat(jobForm.root()).isEqualTo("gpt-test");
		assertThat(jobForm.ownedBy()).isEqualTo("my-org");
		assertThat(jobForm.fineTuned()).isTrue();
		assertThat(jobForm.capabilities().features())
			.isEqualTo(this.registry.get("gpt-test").orElseThrow().capabilities().features());
		assertThat(jobForm.aliases()).isEmpty();
		assertThat(jobForm.responseModelId()).isEqualTo("ft:gpt-test-2024-01-01:my-org::job123");
		assertThat(suffixForm.parent()).isEqualTo("acme/reasoner-8b");
		assertThat(suffixForm.ownedBy()).isEqualTo("team-x");
		assertThat(suffixForm.has(Capability.REASONING)).isTrue();
		assertThat(suffixForm.deprecated()).isFalse();
		assertThat(this.registry.statistics().fineTuned()).isEqualTo(2);
	}

	@Test
	void fineTunedIdOfAnUnknownBaseInfersTheBase() {
		ModelDefinition model = created("ft:some-new-model-7b:org::j1");

		assertThat(model.parent()).isEqualTo("some-new-model-7b");
		assertThat(model.capabilities().parameterCount()).isEqualTo(7_000_000_000L);
		assertThat(this.registry.exists("some-new-model-7b")).isFalse();
	}

	@Test
	void aCustomHandlerReplacesInference() {
		this.registry
			.setAutoCreationHandler((id) -> id.startsWith("ok-") ? ModelDefinition.builder(id, "custom", 1_700_000_000L)
				.features(CapabilityPresets.CHAT_ONLY)
				.limits(2_048, 512)
				.build() : null);

		assertThat(created("ok-model").ownedBy()).isEqualTo("custom");
		assertThat(this.registry.getOrCreate("declined")).isInstanceOf(ModelLookup.NotFound.class);
	}

	@Test
	void pastTheCapCreatedModelsAreServedButNotKept() {
		ModelRegistry capped = new ModelRegistry(List.of(new FixtureCatalog()),
				new FakeAiProperties.Models(List.of("all"), true, true, 0.8, 1, FakeAiProperties.Profile.EMULATOR));

		assertThat(capped.getOrCreate("first-new-model")).isInstanceOf(ModelLookup.Found.class);
		assertThat(capped.getOrCreate("second-new-model")).isInstanceOf(ModelLookup.Found.class);

		assertThat(capped.exists("first-new-model")).isTrue();
		assertThat(capped.exists("second-new-model")).isFalse();
		capped.unregister("first-new-model");
		capped.getOrCreate("third-new-model");
		assertThat(capped.exists("third-new-model")).isTrue();
	}

	@Test
	void concurrentCreationOfOneIdRegistersItOnce() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		Set<ModelDefinition> seen = ConcurrentHashMap.newKeySet();
		try {
			List<Future<?>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					seen.add(((ModelLookup.Found) this.registry.getOrCreate("racy-model-3b")).model());
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(seen).hasSize(1);
		assertThat(this.registry.list()).filteredOn((m) -> m.id().equals("racy-model-3b")).hasSize(1);
		assertThat(this.registry.statistics().autoCreated()).isEqualTo(1);
	}

	@Test
	void statisticsCountByCapabilityOwnerAndProvider() {
		RegistryStatistics statistics = this.registry.statistics();

		assertThat(statistics.total()).isEqualTo(4);
		assertThat(statistics.deprecated()).isEqualTo(1);
		assertThat(statistics.active()).isEqualTo(4);
		assertThat(statistics.byCapability()).containsEntry("chat", 3)
			.containsEntry("moe", 1)
			.containsEntry("embeddings", 1);
		assertThat(statistics.byOwner()).containsEntry("acme", 2).containsEntry("system", 2);
		assertThat(statistics.byProvider()).containsEntry("openai", 2).containsEntry("acme", 2);
	}

	@Test
	void capabilitiesAnswerThroughLookup() {
		assertThat(this.registry.capabilities("gpt-test-2024-01-01"))
			.hasValueSatisfying((capabilities) -> assertThat(capabilities.has(Capability.VISION)).isTrue());
		assertThat(this.registry.capabilities("missing-model")).isEmpty();
	}

	@Test
	void mapViewReadsIdsAndAliasesWithoutFuzzyMatching() {
		var map = this.registry.asMap();

		assertThat(map).hasSize(4).containsKey("gpt-test").containsKey("gpt-test-2024-01-01");
		assertThat(map.get("GPT-TEST")).isNull();
		assertThat(map.get(42)).isNull();
		assertThat(map.keySet()).containsExactly("gpt-test", "acme/reasoner-8b", "acme/moe-30b-a3b", "embed-test");
	}

	private ModelDefinition created(String id) {
		ModelLookup lookup = this.registry.getOrCreate(id);
		assertThat(lookup).isInstanceOf(ModelLookup.Found.class);
		ModelLookup.Found found = (ModelLookup.Found) lookup;
		assertThat(found.kind()).isEqualTo(MatchKind.CREATED);
		assertThat(found.model().id()).isEqualTo(id);
		return found.model();
	}

}
