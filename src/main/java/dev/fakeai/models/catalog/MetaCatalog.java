package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.VISION;
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
 * Meta's models (10), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class MetaCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "meta";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("meta-llama/Llama-3.1-8B-Instruct", "meta", 1_721_692_800L).released("2024-07-23")
					.displayName("Llama 3.1 8B Instruct")
					.family("llama-3.1")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.533, 162.6))
					.parameters(8_000_000_000L)
					.aliases("meta-llama/Meta-Llama-3.1-8B-Instruct", "meta/llama-3.1-8b-instruct"),
				model("meta-llama/Llama-3.1-70B-Instruct", "meta", 1_721_692_800L).released("2024-07-23")
					.displayName("Llama 3.1 70B Instruct")
					.family("llama-3.1")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.594, 33.0))
					.parameters(70_000_000_000L)
					.aliases("meta-llama/Meta-Llama-3.1-70B-Instruct", "meta/llama-3.1-70b-instruct"),
				model("meta-llama/Llama-3.1-405B-Instruct", "meta", 1_721_692_800L).released("2024-07-23")
					.displayName("Llama 3.1 405B Instruct")
					.family("llama-3.1")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.675, 76.0))
					.parameters(405_000_000_000L)
					.aliases("meta-llama/Meta-Llama-3.1-405B-Instruct", "meta/llama-3.1-405b-instruct"),
				model("meta-llama/Llama-3.2-1B-Instruct", "meta", 1_727_222_400L).released("2024-09-25")
					.displayName("Llama 3.2 1B Instruct")
					.family("llama-3.2")
					.features(CHAT_ONLY, COMPLETION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.581, 85.6))
					.parameters(1_230_000_000L)
					.aliases("meta/llama-3.2-1b-instruct"),
				model("meta-llama/Llama-3.2-3B-Instruct", "meta", 1_727_222_400L).released("2024-09-25")
					.displayName("Llama 3.2 3B Instruct")
					.family("llama-3.2")
					.features(CHAT_ONLY, COMPLETION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.625, 52.3))
					.parameters(3_210_000_000L)
					.aliases("meta/llama-3.2-3b-instruct"),
				model("meta-llama/Llama-3.2-11B-Vision-Instruct", "meta", 1_727_222_400L).released("2024-09-25")
					.displayName("Llama 3.2 11B Vision Instruct")
					.family("llama-3.2")
					.features(CHAT_ONLY, COMPLETION, VISION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.SMALL)
					.parameters(10_600_000_000L)
					.aliases("meta/llama-3.2-11b-vision-instruct"),
				model("meta-llama/Llama-3.2-90B-Vision-Instruct", "meta", 1_727_222_400L).released("2024-09-25")
					.displayName("Llama 3.2 90B Vision Instruct")
					.family("llama-3.2")
					.features(CHAT_ONLY, COMPLETION, VISION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.LARGE)
					.parameters(88_800_000_000L)
					.aliases("meta/llama-3.2-90b-vision-instruct"),
				model("meta-llama/Llama-3.3-70B-Instruct", "meta", 1_733_443_200L).released("2024-12-06")
					.displayName("Llama 3.3 70B Instruct")
					.family("llama-3.3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.648, 94.5))
					.parameters(70_000_000_000L)
					.aliases("meta/llama-3.3-70b-instruct"),
				model("meta-llama/Llama-4-Scout-17B-16E-Instruct", "meta", 1_743_811_200L).released("2025-04-05")
					.displayName("Llama 4 Scout 17B-16E Instruct")
					.family("llama-4")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, VISION, KV_CACHE)
					.limits(10_000_000, 32_768)
					.latency(LatencyProfile.of(0.581, 113.6))
					.moe(109_000_000_000L, 17_000_000_000L, 16, 1)
					.aliases("meta/llama-4-scout-17b-16e-instruct"),
				model("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "meta", 1_743_811_200L).released("2025-04-05")
					.displayName("Llama 4 Maverick 17B-128E Instruct")
					.family("llama-4")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, VISION, KV_CACHE)
					.limits(1_000_000, 32_768)
					.latency(LatencyProfile.of(0.61, 120.5))
					.moe(400_000_000_000L, 17_000_000_000L, 128, 1)
					.aliases("meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
							"meta/llama-4-maverick-17b-128e-instruct"));
	}

}
