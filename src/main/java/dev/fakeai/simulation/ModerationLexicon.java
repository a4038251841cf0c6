package dev.fakeai.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores text for OpenAI's 13 moderation categories from a small documented lexicon
 * ({@code fakeai/moderation-lexicon.json}): each phrase found is evidence, a category's
 * score is {@code 1 - exp(-1.2 x matches)} over a tiny deterministic floor, and a
 * subcategory's score raises its parent's. Same text, same scores.
 */
public final class ModerationLexicon {

	/** OpenAI's categories, in the order the API lists them. */
	public static final List<String> CATEGORIES = List.of("harassment", "harassment/threatening", "hate",
			"hate/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
			"sexual", "sexual/minors", "violence", "violence/graphic");

	/** A score at or above this flags its category. */
	public static final double THRESHOLD = 0.5;

	private static final double EVIDENCE = 1.2;

	private static final String RESOURCE = "/fakeai/moderation-lexicon.json";

	private final Map<String, List<Pattern>> phrases;

	private ModerationLexicon(Map<String, List<Pattern>> phrases) {
		this.phrases = phrases;
	}

	/**
	 * The lexicon shipped with fakeai.
	 * @return the lexicon
	 */
	public static ModerationLexicon load() {
		try (InputStream in = ModerationLexicon.class.getResourceAsStream(RESOURCE)) {
			JsonNode categories = JsonMapper.builder().build().readTree(in).get("categories");
			Map<String, List<Pattern>> phrases = new LinkedHashMap<>();
			for (String category : CATEGORIES) {
				List<Pattern> patterns = new ArrayList<>();
				for (JsonNode phrase : categories.get(category)) {
					patterns.add(Pattern.compile("\\b" + Pattern.quote(phrase.asString()) + "\\b"));
				}
				phrases.put(category, List.copyOf(patterns));
			}
			return new ModerationLexicon(phrases);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The score of every category for a text, in [0, 1].
	 * @param text the text
	 * @return the scores by category, in {@link #CATEGORIES} order
	 */
	public Map<String, Double> scores(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Map<String, Double> scores = new LinkedHashMap<>();
		for (String category : CATEGORIES) {
			int matches = 0;
			for (Pattern phrase : this.phrases.get(category)) {
				var matcher = phrase.matcher(lower);
				while (matcher.find()) {
					matches++;
				}
			}
			double floor = floor(lower, category);
			scores.put(category, Math.max(floor, 1 - Math.exp(-EVIDENCE * matches)));
		}
		for (String category : CATEGORIES) {
			int slash = category.indexOf('/');
			if (slash > 0) {
				String parent = category.substring(0, slash);
				scores.put(parent, Math.max(scores.get(parent), scores.get(category)));
			}
		}
		return scores;
	}

	/**
	 * A tiny score (1e-6 to 1e-3) that depends only on the text and the category, so that
	 * benign text does not score exactly zero.
	 */
	private static double floor(String text, String category) {
		long hash = 0xcbf29ce484222325L;
		String key = category + '\u0000' + text;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		double unit = (hash >>> 11) * 0x1.0p-53;
		return 1e-6 * Math.pow(1000, unit);
	}

}
