package dev.fakeai.it;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AI's OpenAI embedding model, as a vector-store application would configure it,
 * against fakeai: vectors of the model's size, the passage sharing the question's words
 * closest.
 */
class SpringAiEmbeddingTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	@Test
	void embedsWithTheModelsSizeAndMeaning() {
		OpenAiEmbeddingModel model = OpenAiEmbeddingModel.builder()
			.options(OpenAiEmbeddingOptions.builder()
				.baseUrl(BASE_URL)
				.apiKey("sk-test")
				.model("text-embedding-3-small")
				.maxRetries(0)
				.build())
			.build();

		List<float[]> vectors = model.embed(List.of("Why do volcanoes erupt?",
				"Volcanoes erupt when magma rises through the crust.", "Sourdough bread rises overnight."));

		assertThat(vectors).hasSize(3).allSatisfy((vector) -> assertThat(vector).hasSize(1536));
		assertThat(dot(vectors.get(0), vectors.get(1))).isGreaterThan(dot(vectors.get(0), vectors.get(2)));
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
