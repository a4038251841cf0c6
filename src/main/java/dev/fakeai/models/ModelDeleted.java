package dev.fakeai.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code DeleteModelResponse}.
 *
 * @param id the deleted model
 * @param object always {@code model}
 * @param deleted always {@code true}
 */
record ModelDeleted(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("deleted") boolean deleted) {

	static ModelDeleted of(String id) {
		return new ModelDeleted(id, "model", true);
	}

}
