package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Cohere's models (3), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class CohereCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "cohere";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("command-a-03-2025", "cohere", 1_741_824_000L).released("2025-03-13")
					.displayName("Command A")
					.family("command")
					.features(TOOLS, STRUCTURED_OUTPUTS)
					.limits(256_000, 8_000)
					.latency(LatencyProfile.of(0.364, 56.5))
					.pricing(2.5, 10.0, null)
					.aliases("command-a"),
				model("command-r-plus-08-2024", "cohere", 1_724_976_000L).released("2024-08-30")
					.displayName("Command R+ (08-2024)")
					.family("command")
					.features(TOOLS, STRUCTURED_OUTPUTS)
					.limits(128_000, 4_000)
					.latency(LatencyPresets.LARGE)
					.pricing(2.5, 10.0, null),
				model("command-r-08-2024", "cohere", 1_724_976_000L).released("2024-08-30")
					.displayName("Command R (08-2024)")
					.family("command")
					.features(TOOLS, STRUCTURED_OUTPUTS)
					.limits(128_000, 4_000)
					.latency(LatencyPresets.MEDIUM)
					.pricing(0.15, 0.6, null));
	}

}
