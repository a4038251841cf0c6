package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.REASONING_CONTENT;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
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
 * NVIDIA's models (6), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class NvidiaCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "nvidia";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("nvidia/llama-3.1-nemotron-70b-instruct", "nvidia", 1_728_950_400L).released("2024-10-15")
					.displayName("Llama 3.1 Nemotron 70B Instruct")
					.family("nemotron")
					.features(TOOLS, COMPLETION, KV_CACHE)
					.limits(128_000, 4_096)
					.latency(LatencyProfile.of(3.608, 307.5))
					.parameters(70_000_000_000L)
					.aliases("nvidia/Llama-3.1-Nemotron-70B-Instruct-HF"),
				model("nvidia/llama-3.3-nemotron-super-49b-v1.5", "nvidia", 1_753_401_600L).released("2025-07-25")
					.displayName("Llama 3.3 Nemotron Super 49B v1.5")
					.family("nemotron")
					.features(TOOLS, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.263, 51.6))
					.parameters(49_000_000_000L)
					.aliases("nvidia/Llama-3_3-Nemotron-Super-49B-v1_5"),
				model("nvidia/nvidia-nemotron-nano-9b-v2", "nvidia", 1_755_475_200L).released("2025-08-18")
					.displayName("NVIDIA Nemotron Nano 9B v2")
					.family("nemotron")
					.features(TOOLS, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(1.384, 135.9))
					.parameters(9_000_000_000L)
					.aliases("nvidia/NVIDIA-Nemotron-Nano-9B-v2"),
				model("nvidia/nemotron-3-nano-30b-a3b", "nvidia", 1_765_756_800L).released("2025-12-15")
					.displayName("NVIDIA Nemotron 3 Nano 30B-A3B")
					.family("nemotron-3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(262_144, 32_768)
					.latency(LatencyProfile.of(0.263, 74.4))
					.moe(30_000_000_000L, 3_500_000_000L, 128, 6)
					.aliases("nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16"),
				model("nvidia/nemotron-3-super-120b-a12b", "nvidia", 1_773_187_200L).released("2026-03-11")
					.displayName("NVIDIA Nemotron 3 Super 120B-A12B")
					.family("nemotron-3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(262_144, 32_768)
					.latency(LatencyProfile.of(1.015, 240.7))
					.moe(120_000_000_000L, 12_000_000_000L, null, null)
					.aliases("nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-FP8"),
				model("nvidia/NV-Embed-v2", "nvidia", 1_724_976_000L).released("2024-08-30")
					.displayName("NV-Embed-v2")
					.family("nv-embed")
					.features(EMBEDDING)
					.limits(32_768, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(4096, false, null));
	}

}
