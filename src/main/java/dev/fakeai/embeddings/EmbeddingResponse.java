package dev.fakeai.embeddings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code CreateEmbeddingResponse}.
 *
 * @param object always {@code list}
 * @param data one embedding per input, in order
 * @param model the model that answered
 * @param usage the tokens embedded
 */
record EmbeddingResponse(@JsonProperty("object") String object, @JsonProperty("data") List<Embedding> data,
		@JsonProperty("model") String model, @JsonProperty("usage") Usage usage) {

	EmbeddingResponse {
		data = List.copyOf(data);
	}

	/**
	 * One vector.
	 *
	 * @param object always {@code embedding}
	 * @param index the input's position
	 * @param embedding the vector: an array of floats, or a base64 string of
	 * little-endian float32
	 */
	record Embedding(@JsonProperty("object") String object, @JsonProperty("index") int index,
			@JsonProperty("embedding") Object embedding) {
	}

	record Usage(@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens) {
	}

}
