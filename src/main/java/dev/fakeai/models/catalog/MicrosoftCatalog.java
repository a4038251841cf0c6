package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.CapabilityPresets.CHAT_ONLY;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Microsoft's models (2), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class MicrosoftCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "microsoft";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("microsoft/phi-4", "microsoft", 1_733_961_600L).released("2024-12-12")
					.displayName("Phi-4")
					.family("phi-4")
					.features(CHAT_ONLY, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(16_384, 16_384)
					.latency(LatencyProfile.of(0.519, 39.0))
					.parameters(14_000_000_000L),
				model("microsoft/Phi-4-mini-instruct", "microsoft", 1_740_528_000L).released("2025-02-26")
					.displayName("Phi-4-mini-instruct")
					.family("phi-4")
					.features(TOOLS, COMPLETION, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.814, 46.9))
					.parameters(3_800_000_000L));
	}

}
