package dev.fakeai.it;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI embedding model, as a RAG application would use it, against fakeai:
 * the passage that shares the question's words is the closest.
 */
class LangChain4jEmbeddingTests {

	private final OpenAiEmbeddingModel model = OpenAiEmbeddingModel.builder()
		.baseUrl(ChatModelSuite.BASE_URL)
		.apiKey("sk-test")
		.modelName("text-embedding-3-small")
		.build();

	@Test
	void theClosestPassageSharesTheQuestionsWords() {
		List<Embedding> passages = this.model.embedAll(List.of(
				TextSegment.from("Volcanoes erupt when magma rises through the crust."),
				TextSegment.from("Sourdough bread rises overnight after kneading.")))
			.content();
		Embedding question = this.model.embed("Why do volcanoes erupt?").content();

		assertThat(passages).hasSize(2).allSatisfy((passage) -> assertThat(passage.vector()).hasSize(1536));
		assertThat(cosine(question, passages.get(0))).isGreaterThan(cosine(question, passages.get(1)));
	}

	private static double cosine(Embedding a, Embedding b) {
		float[] x = a.vector();
		float[] y = b.vector();
		double dot = 0;
		for (int i = 0; i < x.length; i++) {
			dot += x[i] * y[i];
		}
		return dot;
	}

}
