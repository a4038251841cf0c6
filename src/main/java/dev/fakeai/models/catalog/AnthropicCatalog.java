package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.VISION;
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
 * Anthropic's models (13), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class AnthropicCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "anthropic";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("claude-3-haiku-20240307", "anthropic", 1_710_288_000L).released("2024-03-13")
					.displayName("Claude Haiku 3")
					.family("claude-3")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, KV_CACHE)
					.limits(200_000, 4_096)
					.latency(LatencyPresets.MEDIUM)
					.pricing(0.25, 1.25, 0.03)
					.deprecated(null, null),
				model("claude-3-opus-20240229", "anthropic", 1_709_164_800L).released("2024-02-29")
					.displayName("Claude Opus 3")
					.family("claude-3")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, KV_CACHE)
					.limits(200_000, 4_096)
					.latency(LatencyPresets.XLARGE)
					.pricing(15.0, 75.0, 1.5)
					.aliases("claude-3-opus-latest")
					.retired("2026-01-05", "claude-opus-4-5-20251101"),
				model("claude-3-5-sonnet-20241022", "anthropic", 1_729_555_200L).released("2024-10-22")
					.displayName("Claude Sonnet 3.5 v2")
					.family("claude-3.5")
					.features(VISION_CHAT, KV_CACHE)
					.limits(200_000, 8_192)
					.latency(LatencyPresets.LARGE)
					.pricing(3.0, 15.0, 0.3)
					.aliases("claude-3-5-sonnet-latest")
					.retired(null, "claude-sonnet-4-5-20250929"),
				model("claude-3-5-haiku-20241022", "anthropic", 1_729_555_200L).released("2024-10-22")
					.displayName("Claude Haiku 3.5")
					.family("claude-3.5")
					.features(VISION_CHAT, KV_CACHE)
					.limits(200_000, 8_192)
					.latency(LatencyPresets.MEDIUM)
					.pricing(0.8, 4.0, 0.08)
					.aliases("claude-3-5-haiku-latest")
					.retired(null, "claude-haiku-4-5-20251001"),
				model("claude-3-7-sonnet-20250219", "anthropic", 1_739_923_200L).released("2025-02-19")
					.displayName("Claude Sonnet 3.7")
					.family("claude-3.7")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 64_000)
					.latency(LatencyPresets.XLARGE)
					.pricing(3.0, 15.0, 0.3)
					.aliases("claude-3-7-sonnet-latest")
					.retired("2026-02-19", "claude-sonnet-4-5-20250929"),
				model("claude-sonnet-4-20250514", "anthropic", 1_747_872_000L).released("2025-05-22")
					.displayName("Claude Sonnet 4")
					.family("claude-4")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 64_000)
					.latency(LatencyPresets.XLARGE)
					.pricing(3.0, 15.0, 0.3)
					.aliases("claude-sonnet-4-0")
					.retired("2026-06-15", "claude-sonnet-4-6"),
				model("claude-opus-4-1-20250805", "anthropic", 1_754_352_000L).released("2025-08-05")
					.displayName("Claude Opus 4.1")
					.family("claude-4")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 32_000)
					.latency(LatencyPresets.XLARGE)
					.pricing(15.0, 75.0, 1.5)
					.aliases("claude-opus-4-1")
					.retired("2026-08-05", "claude-opus-4-8"),
				model("claude-sonnet-4-5-20250929", "anthropic", 1_759_104_000L).released("2025-09-29")
					.displayName("Claude Sonnet 4.5")
					.family("claude-4.5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 64_000)
					.latency(LatencyProfile.of(1.261, 45.8))
					.pricing(3.0, 15.0, 0.3)
					.aliases("claude-sonnet-4-5"),
				model("claude-haiku-4-5-20251001", "anthropic", 1_760_486_400L).released("2025-10-15")
					.displayName("Claude Haiku 4.5")
					.family("claude-4.5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 64_000)
					.latency(LatencyProfile.of(0.63, 96.8))
					.pricing(1.0, 5.0, 0.1)
					.aliases("claude-haiku-4-5"),
				model("claude-opus-4-5-20251101", "anthropic", 1_763_942_400L).released("2025-11-24")
					.displayName("Claude Opus 4.5")
					.family("claude-4.5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(200_000, 64_000)
					.latency(LatencyProfile.of(1.31, 47.8))
					.pricing(5.0, 25.0, 0.5)
					.aliases("claude-opus-4-5"),
				model("claude-sonnet-4-6", "anthropic", 1_771_286_400L).released("2026-02-17")
					.displayName("Claude Sonnet 4.6")
					.family("claude-4.6")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(1_000_000, 64_000)
					.latency(LatencyProfile.of(0.988, 46.6))
					.pricing(3.0, 15.0, 0.3),
				model("claude-opus-4-7", "anthropic", 1_776_297_600L).released("2026-04-16")
					.displayName("Claude Opus 4.7")
					.family("claude-4.7")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(1_000_000, 128_000)
					.latency(LatencyPresets.reasoning(47.3))
					.pricing(5.0, 25.0, 0.5)
					.aliases("claude-opus-4-7-20260416"),
				model("claude-sonnet-5", "anthropic", 1_782_777_600L).released("2026-06-30")
					.displayName("Claude Sonnet 5")
					.family("claude-5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.limits(1_000_000, 128_000)
					.latency(LatencyPresets.reasoning(79.5))
					.pricing(2.0, 10.0, 0.2));
	}

}
