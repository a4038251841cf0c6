package dev.fakeai.simulation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embeddings that a retrieval test can rely on: the document on the query's topic ranks
 * first, unrelated texts are near cosine 0, vectors are unit length and the same for the
 * same text, and shortened vectors keep their meaning.
 */
class TextEmbedderTests {

	private static final TextEmbedder EMBEDDER = TextEmbedder.load();

	private static final long SEED = "text-embedding-3-small".hashCode();

	private static final List<String> DOCUMENTS = List.of(
			"Paris is the capital of France and is known for the Eiffel Tower.",
			"Photosynthesis lets plants turn sunlight, water and carbon dioxide into sugar.",
			"The stock market fell sharply as investors sold technology shares.",
			"To bake sourdough bread, feed the starter, knead the dough and let it rise overnight.",
			"Python lists are mutable sequences; tuples are immutable.",
			"The Great Barrier Reef is the largest coral reef system, home to many fish.",
			"Regular running improves heart health and builds endurance.",
			"Volcanoes erupt when magma rises through cracks in the Earth's crust.",
			"The Renaissance was a period of art and learning in Europe after the Middle Ages.",
			"Electric cars use batteries instead of petrol engines and charge from the grid.");

	private static final List<String> QUERIES = List.of("What is the capital city of France?",
			"How do plants make sugar from sunlight?", "Why did technology stocks fall?",
			"How long should sourdough dough rise?", "Are Python tuples mutable?", "Which fish live on coral reefs?",
			"Is running good for the heart?", "What makes a volcano erupt?", "What was the Renaissance in Europe?",
			"How do electric cars charge their batteries?");

	@Test
	void theDocumentOnTheQuerysTopicRanksFirst() {
		assertThat(hits(1536)).isGreaterThanOrEqualTo(9);
		assertThat(hits(256)).as("shortened to 256 dimensions").isGreaterThanOrEqualTo(9);
	}

	private static int hits(int dimensions) {
		int hits = 0;
		for (int q = 0; q < QUERIES.size(); q++) {
			float[] query = vector(QUERIES.get(q), dimensions);
			int best = -1;
			double bestScore = -2;
			for (int d = 0; d < DOCUMENTS.size(); d++) {
				double score = cosine(query, vector(DOCUMENTS.get(d), dimensions));
				if (score > bestScore) {
					bestScore = score;
					best = d;
				}
			}
			hits += (best == q) ? 1 : 0;
		}
		return hits;
	}

	private static float[] vector(String text, int dimensions) {
		float[] full = EMBEDDER.embed(text, 1536, SEED);
		return (dimensions < 1536) ? TextEmbedder.shorten(full, dimensions) : full;
	}

	@Test
	void unrelatedTextsAreNearCosineZeroAndRelatedOnesAreNot() {
		double unrelated = cosine(vector(DOCUMENTS.get(0), 1536), vector(DOCUMENTS.get(4), 1536));
		double related = cosine(vector("running shoes for a marathon runner", 1536),
				vector("She runs marathons in new shoes", 1536));

		assertThat(Math.abs(unrelated)).isLessThan(0.15);
		assertThat(related).isGreaterThan(0.3);
		for (int a = 0; a < DOCUMENTS.size(); a++) {
			for (int b = a + 1; b < DOCUMENTS.size(); b++) {
				assertThat(Math.abs(cosine(vector(DOCUMENTS.get(a), 1536), vector(DOCUMENTS.get(b), 1536))))
					.as(a + " and " + b)
					.isLessThan(0.2);
			}
		}
	}

	@Test
	void vectorsAreUnitLengthAndDeterministic() {
		for (int dimensions : new int[] { 1536, 3072, 256, 8 }) {
			float[] vector = vector("The same text", Math.min(dimensions, 1536));
			assertThat(norm(vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
		}
		assertThat(EMBEDDER.embed("Hello", 1536, SEED)).isEqualTo(TextEmbedder.load().embed("Hello", 1536, SEED));
		assertThat(EMBEDDER.embed("Hello", 1536, SEED)).isNotEqualTo(EMBEDDER.embed("Hello", 1536, SEED + 1));
		assertThat(norm(EMBEDDER.embed("the and of", 1536, SEED))).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-5));
	}

	@Test
	void stemsJoinWordForms() {
		assertThat(TextEmbedder.stem("running")).isEqualTo(TextEmbedder.stem("runs"))
			.isEqualTo("runn".equals(TextEmbedder.stem("running")) ? "runn" : TextEmbedder.stem("runs"));
		assertThat(TextEmbedder.stem("batteries")).isEqualTo("battery");
		assertThat(TextEmbedder.stem("charged")).isEqualTo(TextEmbedder.stem("charges"));
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(float[] vector) {
		double sum = 0;
		for (float component : vector) {
			sum += component * component;
		}
		return Math.sqrt(sum);
	}

}
