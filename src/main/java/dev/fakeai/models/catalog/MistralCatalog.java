package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.PREDICTED_OUTPUTS;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.VISION;
import static dev.fakeai.models.CapabilityPresets.CHAT_ONLY;
import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Mistral AI's models (8), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class MistralCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "mistral";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("mistral-large-latest", "mistralai", 1_764_633_600L).released("2025-12-02")
					.displayName("Mistral Large 3")
					.family("mistral-large")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION)
					.limits(262_144, 32_768)
					.latency(LatencyProfile.of(0.656, 59.9))
					.moe(675_000_000_000L, 41_000_000_000L, null, null)
					.pricing(0.5, 1.5, null)
					.snapshot("mistral-large-2512")
					.aliases("mistral-large-2512"),
				model("mistral-medium-latest", "mistralai", 1_777_334_400L).released("2026-04-28")
					.displayName("Mistral Medium 3.5")
					.family("mistral-medium")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, REASONING, PREDICTED_OUTPUTS)
					.limits(262_144, 32_768)
					.latency(LatencyProfile.of(0.667, 114.8))
					.parameters(128_000_000_000L)
					.pricing(1.5, 7.5, null)
					.snapshot("mistral-medium-3-5")
					.aliases("mistral-medium-3-5", "mistral-medium-3"),
				model("mistral-small-latest", "mistralai", 1_773_619_200L).released("2026-03-16")
					.displayName("Mistral Small 4")
					.family("mistral-small")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, PREDICTED_OUTPUTS)
					.limits(262_144, 32_768)
					.latency(LatencyProfile.of(0.569, 181.8))
					.moe(119_000_000_000L, 6_500_000_000L, null, null)
					.pricing(0.15, 0.6, null)
					.snapshot("mistral-small-2603")
					.aliases("mistral-small-2603"),
				model("mistral-embed", "mistralai", 1_702_252_800L).released("2023-12-11")
					.displayName("Mistral Embed")
					.family("mistral-embed")
					.features(EMBEDDING)
					.limits(8_192, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(1024, false, null)
					.pricing(0.1, 0.0, null)
					.snapshot("mistral-embed-2312")
					.aliases("mistral-embed-2312"),
				model("mistralai/Mistral-7B-Instruct-v0.3", "mistralai", 1_716_336_000L).released("2024-05-22")
					.displayName("Mistral 7B Instruct v0.3")
					.family("mistral-7b")
					.features(TOOLS, COMPLETION, KV_CACHE)
					.limits(32_768, 32_768)
					.latency(LatencyProfile.of(0.484, 98.6))
					.parameters(7_000_000_000L)
					.aliases("open-mistral-7b")
					.retired("2025-03-30", "Ministral 3 8B"),
				model("mistralai/Mixtral-8x7B-Instruct-v0.1", "mistralai", 1_702_252_800L).released("2023-12-11")
					.displayName("Mixtral 8x7B Instruct v0.1")
					.family("mixtral")
					.features(CHAT_ONLY, COMPLETION, KV_CACHE)
					.limits(32_768, 32_768)
					.latency(LatencyPresets.MEDIUM)
					.moe(47_000_000_000L, 13_000_000_000L, 8, 2)
					.aliases("open-mixtral-8x7b")
					.retired("2025-03-30", "Mistral Small 4"),
				model("mistralai/Mixtral-8x22B-Instruct-v0.1", "mistralai", 1_713_312_000L).released("2024-04-17")
					.displayName("Mixtral 8x22B Instruct v0.1")
					.family("mixtral")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(65_536, 32_768)
					.latency(LatencyPresets.LARGE)
					.moe(141_000_000_000L, 39_000_000_000L, 8, 2)
					.aliases("open-mixtral-8x22b")
					.retired("2025-03-30", "Mistral Small 4"),
				model("mistralai/Mistral-Nemo-Instruct-2407", "mistralai", 1_721_260_800L).released("2024-07-18")
					.displayName("Mistral Nemo 12B Instruct")
					.family("mistral-nemo")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.MEDIUM)
					.parameters(12_000_000_000L)
					.aliases("open-mistral-nemo-2407")
					.deprecated("2026-07-31", "Ministral 3 8B"));
	}

}
