package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.AUDIO_INPUT;
import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.VISION;
import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.CapabilityPresets.VISION_CHAT;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Google's models (8), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class GoogleCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "google";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("gemini-2.5-pro", "google", 1_750_118_400L).released("2025-06-17")
					.displayName("Gemini 2.5 Pro")
					.family("gemini-2.5")
					.features(VISION_CHAT, AUDIO_INPUT, REASONING, KV_CACHE)
					.limits(1_048_576, 65_536)
					.latency(LatencyPresets.reasoning(138.3))
					.pricing(1.25, 10.0, 0.125)
					.deprecated("2026-10-16", "gemini-3.5-flash"),
				model("gemini-2.5-flash", "google", 1_750_118_400L).released("2025-06-17")
					.displayName("Gemini 2.5 Flash")
					.family("gemini-2.5")
					.features(VISION_CHAT, AUDIO_INPUT, REASONING, KV_CACHE)
					.limits(1_048_576, 65_536)
					.latency(LatencyProfile.of(0.433, 198.2))
					.pricing(0.3, 2.5, 0.03)
					.deprecated("2026-10-16", "gemini-3.5-flash"),
				model("gemini-2.5-flash-lite", "google", 1_753_142_400L).released("2025-07-22")
					.displayName("Gemini 2.5 Flash-Lite")
					.family("gemini-2.5")
					.features(VISION_CHAT, AUDIO_INPUT, REASONING, KV_CACHE)
					.limits(1_048_576, 65_536)
					.latency(LatencyProfile.of(0.297, 210.0))
					.pricing(0.1, 0.4, 0.01)
					.deprecated("2026-10-16", "gemini-3.1-flash-lite"),
				model("gemini-1.5-pro", "google", 1_716_508_800L).released("2024-05-24")
					.displayName("Gemini 1.5 Pro")
					.family("gemini-1.5")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, AUDIO_INPUT)
					.limits(2_097_152, 8_192)
					.latency(LatencyPresets.XLARGE)
					.pricing(1.25, 5.0, null)
					.retired(null, null),
				model("gemini-3.1-pro-preview", "google", 1_771_459_200L).released("2026-02-19")
					.displayName("Gemini 3.1 Pro (preview)")
					.family("gemini-3")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, AUDIO_INPUT, REASONING, KV_CACHE)
					.limits(1_048_576, 65_536)
					.latency(LatencyPresets.reasoning(138.2))
					.pricing(2.0, 12.0, 0.2),
				model("gemini-3.5-flash", "google", 1_779_148_800L).released("2026-05-19")
					.displayName("Gemini 3.5 Flash")
					.family("gemini-3.5")
					.features(VISION_CHAT, AUDIO_INPUT, REASONING, KV_CACHE)
					.limits(1_048_576, 65_536)
					.latency(LatencyPresets.reasoning(210.5))
					.pricing(1.5, 9.0, 0.15),
				model("gemini-embedding-001", "google", 1_747_699_200L).released("2025-05-20")
					.displayName("Gemini Embedding 001")
					.family("gemini-embedding")
					.features(EMBEDDING)
					.limits(2_048, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(3072, true, null)
					.pricing(0.15, 0.0, null),
				model("google/gemma-3-27b-it", "google", 1_741_737_600L).released("2025-03-12")
					.displayName("Gemma 3 27B IT")
					.family("gemma-3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, VISION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.MEDIUM)
					.parameters(27_000_000_000L));
	}

}
