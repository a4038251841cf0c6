package dev.fakeai.models.catalog;

import java.util.List;

import dev.fakeai.models.ModelCatalog;

/**
 * Every provider catalog, for code that builds a registry without Spring (benchmarks,
 * embedding the registry). Spring finds the same classes as components.
 */
public final class ProviderCatalogs {

	private ProviderCatalogs() {
	}

	/**
	 * One instance of each provider catalog.
	 * @return the catalogs
	 */
	public static List<ModelCatalog> all() {
		return List.of(new OpenAiCatalog(), new AnthropicCatalog(), new MetaCatalog(), new NvidiaCatalog(),
				new MistralCatalog(), new DeepSeekCatalog(), new GoogleCatalog(), new QwenCatalog(),
				new CohereCatalog(), new MicrosoftCatalog(), new TinyLlamaCatalog(), new BaaiCatalog(),
				new NomicCatalog(), new SentenceTransformersCatalog());
	}

}
