package dev.fakeai.models;

import org.jspecify.annotations.Nullable;

/**
 * Makes a definition for a model id the registry does not know. Declare a bean of this
 * type to replace the default, {@link NameInferenceHandler}. Fine-tuned ids
 * ({@code ft:...}) never reach it: the registry derives those from their base model.
 */
@FunctionalInterface
public interface AutoCreationHandler {

	/**
	 * Creates a definition for an unknown id.
	 * @param modelId the id as requested
	 * @return a definition whose id is {@code modelId}, or {@code null} to answer 404
	 */
	@Nullable ModelDefinition create(String modelId);

}
