package dev.fakeai.models.catalog;

import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * BAAI's models (1), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class BaaiCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "baai";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("BAAI/bge-m3", "baai", 1_706_572_800L).released("2024-01-30")
					.displayName("BGE-M3")
					.family("bge")
					.features(EMBEDDING)
					.limits(8_192, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(1024, false, null));
	}

}
