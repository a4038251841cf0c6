package dev.fakeai.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Embeds text so that texts sharing words, word stems or spellings are close: each word
 * (stop words aside), its stem and its character trigrams are hashed features, and each
 * feature adds a fixed pattern of signed unit components (feature hashing, a sparse
 * random projection seeded by the model) to the vector, which ends at unit length. Some
 * of every feature's components fall in the leading dimensions, so vectors cut to fewer
 * dimensions keep their meaning. Texts with no feature in common are near cosine 0; there
 * is no knowledge of synonyms. Deterministic for the same text, dimensions and seed.
 */
public final class TextEmbedder {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Components each feature adds anywhere in the vector. */
	private static final int PROBES = 8;

	/** Components each feature adds among the leading dimensions. */
	private static final int LEADING_PROBES = 4;

	private static final int LEADING = 256;

	private static final double WORD_WEIGHT = 1.0;

	private static final double STEM_WEIGHT = 1.0;

	private static final double TRIGRAM_WEIGHT = 0.35;

	private final Set<String> stopwords;

	private TextEmbedder(Set<String> stopwords) {
		this.stopwords = stopwords;
	}

	/**
	 * An embedder with the stop words shipped with fakeai ({@code fakeai/stopwords.txt}).
	 * @return the embedder
	 */
	public static TextEmbedder load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				TextEmbedder.class.getResourceAsStream("/fakeai/stopwords.txt"), StandardCharsets.UTF_8))) {
			return new TextEmbedder(reader.lines()
				.map(String::strip)
				.filter((word) -> !word.isEmpty())
				.collect(Collectors.toUnmodifiableSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The unit vector of a text.
	 * @param text the text
	 * @param dimensions the vector's length
	 * @param seed the model's seed: different models place features differently
	 * @return the vector
	 */
	public float[] embed(String text, int dimensions, long seed) {
		double[] vector = new double[dimensions];
		List<String> words = words(text);
		if (words.isEmpty()) {
			add(vector, "text:" + text.strip().toLowerCase(Locale.ROOT), 1.0, seed);
		}
		for (String word : words) {
			add(vector, "w:" + word, WORD_WEIGHT, seed);
			add(vector, "s:" + stem(word), STEM_WEIGHT, seed);
			String padded = "^" + word + "$";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				add(vector, "c:" + padded.substring(i, i + 3), TRIGRAM_WEIGHT, seed);
			}
		}
		return unit(vector, dimensions);
	}

	/**
	 * The leading components of a vector, at unit length again, as OpenAI shortens
	 * embeddings for {@code dimensions}.
	 * @param vector a unit vector
	 * @param dimensions how many components to keep
	 * @return the shortened vector
	 */
	public static float[] shorten(float[] vector, int dimensions) {
		double[] kept = new double[dimensions];
		for (int i = 0; i < dimensions; i++) {
			kept[i] = vector[i];
		}
		return unit(kept, dimensions);
	}

	private List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			String word = matcher.group();
			if (!this.stopwords.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * A word's stem, as {@link Stems#of} makes it (kept here for the tests of the
	 * embedder's features).
	 */
	static String stem(String word) {
		return Stems.of(word);
	}

	private static void add(double[] vector, String feature, double weight, long seed) {
		long hash = 0xcbf29ce484222325L ^ seed;
		for (int i = 0; i < feature.length(); i++) {
			hash = (hash ^ feature.charAt(i)) * 0x100000001b3L;
		}
		int leading = Math.min(LEADING, vector.length);
		for (int probe = 0; probe < PROBES + LEADING_PROBES; probe++) {
			hash = mix(hash + probe);
			int range = (probe < PROBES) ? vector.length : leading;
			int index = (int) Long.remainderUnsigned(hash >>> 1, range);
			vector[index] += ((hash & 1) == 0) ? weight : -weight;
		}
	}

	private static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static float[] unit(double[] vector, int dimensions) {
		double norm = 0;
		for (double component : vector) {
			norm += component * component;
		}
		float[] unit = new float[dimensions];
		if (norm == 0) {
			unit[0] = 1;
			return unit;
		}
		double scale = 1 / Math.sqrt(norm);
		for (int i = 0; i < dimensions; i++) {
			unit[i] = (float) (vector[i] * scale);
		}
		return unit;
	}

}
