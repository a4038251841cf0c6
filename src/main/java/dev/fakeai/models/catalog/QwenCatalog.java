package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.REASONING_CONTENT;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.CapabilityPresets.CHAT_ONLY;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Qwen (Alibaba)'s models (6), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class QwenCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "qwen";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("Qwen/Qwen2.5-7B-Instruct", "qwen", 1_726_704_000L).released("2024-09-19")
					.displayName("Qwen2.5 7B Instruct")
					.family("qwen2.5")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 8_192)
					.latency(LatencyPresets.SMALL)
					.parameters(7_610_000_000L),
				model("Qwen/Qwen2.5-72B-Instruct", "qwen", 1_726_704_000L).released("2024-09-19")
					.displayName("Qwen2.5 72B Instruct")
					.family("qwen2.5")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 8_192)
					.latency(LatencyPresets.LARGE)
					.parameters(72_700_000_000L),
				model("Qwen/Qwen2.5-Coder-32B-Instruct", "qwen", 1_731_369_600L).released("2024-11-12")
					.displayName("Qwen2.5 Coder 32B Instruct")
					.family("qwen2.5-coder")
					.features(CHAT_ONLY, COMPLETION, KV_CACHE)
					.limits(131_072, 8_192)
					.latency(LatencyPresets.MEDIUM)
					.parameters(32_500_000_000L),
				model("Qwen/Qwen3-32B", "qwen", 1_745_884_800L).released("2025-04-29")
					.displayName("Qwen3 32B")
					.family("qwen3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(1.038, 102.4))
					.parameters(32_800_000_000L),
				model("Qwen/Qwen3-30B-A3B", "qwen", 1_745_884_800L).released("2025-04-29")
					.displayName("Qwen3 30B-A3B")
					.family("qwen3")
					.features(TOOLS, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(1.1, 111.9))
					.moe(30_500_000_000L, 3_300_000_000L, 128, 8),
				model("Qwen/Qwen3-235B-A22B", "qwen", 1_745_884_800L).released("2025-04-29")
					.displayName("Qwen3 235B-A22B")
					.family("qwen3")
					.features(TOOLS, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(1.16, 63.9))
					.moe(235_000_000_000L, 22_000_000_000L, 128, 8));
	}

}
