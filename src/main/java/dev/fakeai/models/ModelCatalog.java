package dev.fakeai.models;

import java.util.List;

/**
 * One provider's models: data only, no logic and no I/O. Every {@code ModelCatalog} bean
 * is loaded into the {@link ModelRegistry} at start-up.
 */
public interface ModelCatalog {

	/**
	 * The provider name that {@code fakeai.models.providers} selects this catalog by.
	 * @return e.g. {@code openai}
	 */
	String provider();

	/**
	 * The provider's models, in listing order.
	 * @return the models
	 */
	List<ModelDefinition> models();

}
