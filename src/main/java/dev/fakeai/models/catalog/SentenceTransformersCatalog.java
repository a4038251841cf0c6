package dev.fakeai.models.catalog;

import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * the Sentence Transformers project's models (1), with the facts of the reference catalog
 * of 2026-11-26.
 */
@Component
class SentenceTransformersCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "sentence-transformers";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("sentence-transformers/all-mpnet-base-v2", "sentence-transformers", 1_630_281_600L)
					.released("2021-08-30")
					.displayName("all-mpnet-base-v2")
					.family("sentence-transformers")
					.features(EMBEDDING)
					.limits(384, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(768, false, null));
	}

}
