package dev.fakeai.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code Model} object.
 *
 * @param id the model id
 * @param object always {@code model}
 * @param created creation time, unix seconds
 * @param ownedBy the owner
 */
record ModelObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("owned_by") String ownedBy) {

	static ModelObject from(ModelDefinition model) {
		return new ModelObject(model.id(), "model", model.created(), model.ownedBy());
	}

}
