package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Numbers in a text for numeric fields ({@code passengers}, {@code days}, {@code first}):
 * ISO dates' digits are not numbers, and each number is given to one field.
 */
final class Quantities {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?![\\w-])");

	private Quantities() {
	}

	/**
	 * The number next to a field's words, else the only one, else (in order, for the
	 * fields no word placed) the first not yet used.
	 */
	static @Nullable JsonNode forField(List<String> words, boolean integer, boolean inOrder, String clause,
			Set<String> used) {
		List<int[]> found = new ArrayList<>();
		List<int[]> dates = Slots.DATE.matcher(clause).results().map((d) -> new int[] { d.start(), d.end() }).toList();
		Matcher matcher = NUMBER.matcher(clause);
		while (matcher.find()) {
			int start = matcher.start();
			boolean inDate = dates.stream().anyMatch((d) -> d[0] <= start && d[1] > start);
			if (!inDate && !used.contains("n" + start)) {
				found.add(new int[] { start, matcher.end() });
			}
		}
		String lower = clause.toLowerCase(Locale.ROOT);
		int[] best = null;
		for (int[] span : found) {
			String around = lower.substring(Math.max(0, span[0] - 24), Math.min(lower.length(), span[1] + 24));
			if (words.stream().anyMatch((word) -> word.length() > 1 && around.contains(Words.stem(word)))) {
				best = span;
				break;
			}
		}
		if (best == null && (found.size() == 1 || inOrder && !found.isEmpty()) && !words.contains("id")) {
			best = found.get(0);
		}
		if (best == null) {
			return null;
		}
		String raw = clause.substring(best[0], best[1]);
		if (integer && raw.contains(".") || raw.length() > 18) {
			return null;
		}
		used.add("n" + best[0]);
		return integer ? JsonNodeFactory.instance.numberNode(Long.parseLong(raw))
				: JsonNodeFactory.instance.numberNode(new BigDecimal(raw));
	}

}
