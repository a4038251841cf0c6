package dev.fakeai.models.catalog;

import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * Nomic AI's models (1), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class NomicCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "nomic";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("nomic-ai/nomic-embed-text-v1.5", "nomic-ai", 1_707_782_400L).released("2024-02-13")
					.displayName("Nomic Embed Text v1.5")
					.family("nomic-embed")
					.features(EMBEDDING)
					.limits(8_192, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(768, true, 64));
	}

}
