package dev.fakeai.models;

import java.util.List;

import static dev.fakeai.models.Capability.FINE_TUNING;
import static dev.fakeai.models.Capability.KV_CACHE;

/**
 * A small catalog for tests, independent of the production data.
 */
public class FixtureCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "fixture";
	}

	@Override
	public List<ModelDefinition> models() {
		return List.of(
				ModelDefinition.builder("gpt-test", "system", 1_700_000_000L)
					.provider("openai")
					.features(CapabilityPresets.VISION_CHAT, FINE_TUNING, KV_CACHE)
					.limits(128_000, 16_384)
					.snapshot("gpt-test-2024-01-01")
					.aliases("gpt-test-2024-01-01")
					.pricing(1.0, 2.0, 0.5)
					.build(),
				ModelDefinition.builder("acme/reasoner-8b", "acme", 1_700_000_001L)
					.provider("acme")
					.features(CapabilityPresets.REASONING_CHAT)
					.limits(32_768, 8_192)
					.parameters(8_000_000_000L)
					.deprecated("2027-01-01", "acme/reasoner-9b")
					.build(),
				ModelDefinition.builder("acme/moe-30b-a3b", "acme", 1_700_000_002L)
					.provider("acme")
					.features(CapabilityPresets.CHAT_FULL)
					.limits(65_536, 8_192)
					.moe(30_000_000_000L, 3_000_000_000L, 64, 4)
					.build(),
				ModelDefinition.builder("embed-test", "system", 1_700_000_003L)
					.provider("openai")
					.features(CapabilityPresets.EMBEDDING)
					.limits(8_191, 0)
					.maxBatchSize(2_048)
					.embeddings(1_536, true, null)
					.build());
	}

}
