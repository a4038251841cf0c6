package dev.fakeai.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code ListModelsResponse}.
 *
 * @param object always {@code list}
 * @param data the models
 */
record ModelList(@JsonProperty("object") String object, @JsonProperty("data") List<ModelObject> data) {

	static ModelList from(List<ModelDefinition> models) {
		return new ModelList("list", models.stream().map(ModelObject::from).toList());
	}

}
