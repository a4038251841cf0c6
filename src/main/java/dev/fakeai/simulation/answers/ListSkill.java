package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Lists of N common things ("list 3 colours", "name the planets", "what are the days of
 * the week?"): a fixed list in its order, all of it unless a count is asked (and all of
 * it, said so, when more are asked than exist); a list to choose from in a seeded choice,
 * 5 unless a count is asked. Numbered lines, or comma-separated when asked.
 */
final class ListSkill implements Skill {

	private static final Pattern ASK = Pattern.compile("^(?:please |can you |could you )*(?:list|name|give me|tell me|"
			+ "enumerate|write(?: down)?|suggest|what are|which are|show me|provide)\\b(?: (?:all|the|some|a few|"
			+ "of|me))*\\s*(?:" + Words.NUMBER + "|an?)?\\s*(.+?)[\\s.?!]*$");

	/**
	 * How a request for a list starts: without one of these, the pattern is not tried.
	 */
	private static final List<String> STARTS = List.of("please", "can you", "could you", "list", "name", "give me",
			"tell me", "enumerate", "write", "suggest", "what are", "which are", "show me", "provide");

	private static final Pattern NEIGHBOUR = Pattern.compile(
			"^(?:what|which)(?: \\w+)? (?:comes|is|follows)(?: right| just| immediately)? (after|before) (\\w+)\\s*\\??$");

	private static final Pattern COMMAS = Pattern
		.compile("\\b(?:comma[- ]separated|separated by commas|on one line|in one line|single line|inline)\\b");

	private static final Pattern TRAILING = Pattern.compile("\\s*(?:,|\\bplease\\b|\\bfor me\\b|\\bin order\\b|"
			+ "\\bin english\\b|\\bseparated by commas\\b|\\bcomma[- ]separated\\b|\\bone per line\\b|"
			+ "\\bon one line\\b|\\bin one line\\b|\\bnumbered\\b|\\bfrom the sun\\b|\\bin our solar system\\b)\\s*");

	@Override
	public @Nullable Answer answer(Ask ask) {
		if (ask.question.contains("after") || ask.question.contains("before")) {
			Answer next = neighbour(ask.question);
			if (next != null) {
				return next;
			}
		}
		if (STARTS.stream().noneMatch(ask.question::startsWith)
				|| Knowledge.get().lists.stream().noneMatch((list) -> mentions(ask.question, list))) {
			return null;
		}
		Matcher matcher = ASK.matcher(ask.question);
		if (!matcher.matches()) {
			return null;
		}
		String what = TRAILING.matcher(matcher.group(2)).replaceAll(" ").strip();
		what = what.replaceFirst("^(?:common |different |popular |basic |main |known |well-known )", "");
		Knowledge.CommonList list = find(what);
		if (list == null) {
			return null;
		}
		Integer asked = (matcher.group(1) != null) ? Words.number(matcher.group(1)) : null;
		if (asked == null && ask.lower.matches(".*\\b(?:name|give me|tell me|suggest) an? \\w.*")) {
			asked = 1;
		}
		List<String> items = choose(list, asked, ask);
		String intro = (asked != null && asked > list.items().size())
				? "There are only " + list.items().size() + " " + list.names().get(0) + ":" : null;
		String body = (items.size() == 1) ? items.get(0)
				: COMMAS.matcher(ask.lower).find() ? String.join(", ", items) : numbered(items);
		return new Answer((intro != null) ? intro + "\n" + body : body, body);
	}

	/**
	 * What comes after or before an item of a fixed list ("What day comes after
	 * Monday?").
	 */
	private static @Nullable Answer neighbour(String question) {
		Matcher matcher = NEIGHBOUR.matcher(question);
		if (!matcher.find()) {
			return null;
		}
		boolean after = matcher.group(1).equals("after");
		String item = matcher.group(2);
		for (Knowledge.CommonList list : Knowledge.get().lists) {
			if (!list.ordered()) {
				continue;
			}
			for (int i = 0; i < list.items().size(); i++) {
				if (list.items().get(i).equalsIgnoreCase(item)) {
					int at = after ? i + 1 : i - 1;
					boolean cyclic = list.names().get(0).startsWith("days") || list.names().get(0).startsWith("months")
							|| list.names().get(0).startsWith("seasons");
					if (at < 0 || at >= list.items().size()) {
						if (!cyclic) {
							return null;
						}
						at = Math.floorMod(at, list.items().size());
					}
					String answer = list.items().get(at);
					return new Answer(answer + " comes " + matcher.group(1) + " " + list.items().get(i) + ".", answer);
				}
			}
		}
		return null;
	}

	private static boolean mentions(String text, Knowledge.CommonList list) {
		for (String name : list.names()) {
			if (text.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static Knowledge.@Nullable CommonList find(String what) {
		for (Knowledge.CommonList list : Knowledge.get().lists) {
			for (String name : list.names()) {
				if (what.equals(name)) {
					return list;
				}
			}
		}
		return null;
	}

	private static List<String> choose(Knowledge.CommonList list, @Nullable Integer asked, Ask ask) {
		List<String> all = list.items();
		if (list.ordered()) {
			return all.subList(0, Math.min(all.size(), (asked != null) ? asked : all.size()));
		}
		int n = Math.min(all.size(), (asked != null) ? asked : 5);
		List<String> pool = new ArrayList<>(all);
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < n) {
			chosen.add(pool.remove(ask.pick(pool.size())));
		}
		return chosen;
	}

	private static String numbered(List<String> items) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			text.append((i > 0) ? "\n" : "").append(i + 1).append(". ").append(items.get(i));
		}
		return text.toString();
	}

}
