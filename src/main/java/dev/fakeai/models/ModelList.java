package dev.fakeai.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code ListModelsResponse}; with {@code ?detailed=true} (a FakeAI extension)
 * its items are full model cards.
 *
 * @param object always {@code list}
 * @param data the models: {@link ModelObject}s, or {@link ModelDetails} when detailed
 */
record ModelList(@JsonProperty("object") String object, @JsonProperty("data") List<?> data) {

	static ModelList from(List<ModelDefinition> models) {
		return new ModelList("list", models.stream().map(ModelObject::from).toList());
	}

	static ModelList detailed(List<ModelDefinition> models) {
		return new ModelList("list", models.stream().map(ModelDetails::from).toList());
	}

}
