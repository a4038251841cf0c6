package dev.fakeai.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of embedding: one input of about 1,000 tokens, and a batch of 2,048 short
 * inputs, at text-embedding-3-small's 1,536 dimensions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EmbeddingBenchmark {

	private static final long SEED = "text-embedding-3-small".hashCode();

	private TextEmbedder embedder;

	private String longText;

	private List<String> shortTexts;

	@Setup
	public void setUp() {
		this.embedder = TextEmbedder.load();
		StringBuilder text = new StringBuilder();
		String[] words = { "volcano", "magma", "eruption", "crust", "plates", "ash", "lava", "pressure", "mountain",
				"geology" };
		for (int i = 0; i < 1000; i++) {
			text.append(words[i % words.length]).append(i % 7).append(' ');
		}
		this.longText = text.toString();
		this.shortTexts = new ArrayList<>();
		for (int i = 0; i < 2048; i++) {
			this.shortTexts.add("Short passage number " + i + " about " + words[i % words.length]);
		}
	}

	@Benchmark
	public float[] oneInputOf1000Tokens() {
		return this.embedder.embed(this.longText, 1536, SEED);
	}

	@Benchmark
	public int batchOf2048ShortInputs() {
		int sum = 0;
		for (String text : this.shortTexts) {
			sum += this.embedder.embed(text, 1536, SEED).length;
		}
		return sum;
	}

}
