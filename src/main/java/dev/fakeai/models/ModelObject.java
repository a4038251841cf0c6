package dev.fakeai.models;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code Model} object.
 *
 * @param id the model id
 * @param object always {@code model}
 * @param created creation time, unix seconds
 * @param ownedBy the owner
 * @param shutdownDate the announced shutdown day, {@code null} when none is announced
 */
record ModelObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("owned_by") String ownedBy,
		@JsonProperty("shutdown_date") @Nullable LocalDate shutdownDate) {

	static ModelObject from(ModelDefinition model) {
		Deprecation deprecation = model.deprecation();
		return new ModelObject(model.id(), "model", model.created(), model.ownedBy(),
				(deprecation != null) ? deprecation.shutdownDate() : null);
	}

}
