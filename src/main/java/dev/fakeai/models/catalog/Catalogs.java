package dev.fakeai.models.catalog;

import java.util.Arrays;
import java.util.List;

import dev.fakeai.models.ModelDefinition;

/**
 * The two helpers every catalog line uses, so a catalog stays data.
 */
final class Catalogs {

	private Catalogs() {
	}

	/**
	 * Starts a catalog entry.
	 * @param id the id clients send
	 * @param ownedBy the {@code owned_by} value
	 * @param created creation time, unix seconds
	 * @return the builder
	 */
	static ModelDefinition.Builder model(String id, String ownedBy, long created) {
		return ModelDefinition.builder(id, ownedBy, created);
	}

	/**
	 * Builds a catalog's entries with its provider set.
	 * @param provider the catalog's provider
	 * @param entries the entries
	 * @return the definitions, in order
	 */
	static List<ModelDefinition> build(String provider, ModelDefinition.Builder... entries) {
		return Arrays.stream(entries).map((entry) -> entry.provider(provider).build()).toList();
	}

}
