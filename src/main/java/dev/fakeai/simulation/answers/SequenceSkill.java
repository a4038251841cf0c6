package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Counting and simple sequences: "count from 1 to 10", "count to five", "count down from
 * 10", "the even numbers up to 20", "the first 5 prime numbers", "the first 8 Fibonacci
 * numbers", "the letters from A to E". Comma-separated on one line, or one per line when
 * asked; up to {@value #MAX_ITEMS} items.
 */
final class SequenceSkill implements Skill {

	static final int MAX_ITEMS = 1_000;

	private static final String N = Words.NUMBER;

	private static final Pattern COUNT = Pattern
		.compile("\\bcount(?:ing)?(?: up)?(?: from " + N + ")? (?:to|until|till) " + N + "(?: by " + N + "s?)?");

	private static final Pattern COUNT_DOWN = Pattern
		.compile("\\bcount(?:ing)? ?down(?: from)? " + N + "(?: (?:to|until) " + N + ")?");

	private static final Pattern RANGE = Pattern
		.compile("\\b(?:list|write|print|give me|show|name|output|say|what are)?"
				+ " ?(?:all )?(?:the )?(even |odd |whole |)(?:numbers|integers) (?:from|between) " + N
				+ " (?:to|and|through) " + N);

	private static final Pattern UP_TO = Pattern
		.compile("\\b(even|odd) (?:numbers|integers) (?:up to|below|under|less than|until) " + N);

	private static final Pattern FIRST = Pattern.compile("\\bfirst " + N
			+ " (prime|even|odd|square|fibonacci|natural|positive|whole|perfect square|multiples? of \\d{1,9})(?!\\d)"
			+ "(?: numbers| integers| primes)?\\b|\\bfirst " + N + " primes\\b");

	private static final Pattern LETTERS = Pattern.compile(
			"\\b(?:letters (?:from |of the alphabet from )?([a-z]) (?:to|through) ([a-z])\\b|(?:the )?alphabet\\b)");

	private static final Pattern LINES = Pattern.compile("\\b(?:one per line|each on (?:a )?(?:new|separate) line|"
			+ "on separate lines|one on each line|line by line|newline)\\b");

	private static final Pattern OTHER_LANGUAGE = Pattern.compile("\\b(?:in|into) (?:french|spanish|german|italian|"
			+ "japanese|chinese|korean|russian|arabic|hindi|portuguese|dutch|roman numerals|binary|words)\\b");

	/** Words without which no sequence is asked. */
	private static final List<String> CUES = List.of("count", "number", "integer", "first ", "letter", "alphabet",
			"prime");

	@Override
	public @Nullable Answer answer(Ask ask) {
		String text = ask.lower;
		if (!CUES.stream().anyMatch(text::contains) || OTHER_LANGUAGE.matcher(text).find()) {
			return null;
		}
		List<String> items = items(text);
		if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
			return null;
		}
		return Answer.of(String.join(LINES.matcher(text).find() ? "\n" : ", ", items));
	}

	private static @Nullable List<String> items(String text) {
		boolean counting = text.contains("count");
		Matcher count = COUNT.matcher(text);
		if (counting && count.find()) {
			Integer from = (count.group(1) != null) ? Words.number(count.group(1)) : Integer.valueOf(1);
			Integer to = Words.number(count.group(2));
			Integer step = (count.group(3) != null) ? Words.number(count.group(3)) : Integer.valueOf(1);
			return (from == null || to == null || step == null) ? null : range(from, to, step, false);
		}
		Matcher down = COUNT_DOWN.matcher(text);
		if (counting && down.find()) {
			Integer from = Words.number(down.group(1));
			Integer to = (down.group(2) != null) ? Words.number(down.group(2)) : Integer.valueOf(1);
			return (from == null || to == null) ? null : range(from, to, 1, false);
		}
		Matcher range = RANGE.matcher(text);
		boolean ranged = text.contains(" from ") || text.contains(" between ");
		if (ranged && range.find()) {
			Integer from = Words.number(range.group(2));
			Integer to = Words.number(range.group(3));
			return (from == null || to == null) ? null : filtered(range(from, to, 1, true), range.group(1).strip());
		}
		Matcher upTo = UP_TO.matcher(text);
		if ((text.contains("even") || text.contains("odd")) && upTo.find()) {
			Integer to = Words.number(upTo.group(2));
			int start = upTo.group(1).equals("even") ? 2 : 1;
			return (to == null) ? null : range(start, to, 2, true);
		}
		Matcher first = FIRST.matcher(text);
		if (text.contains("first ") && first.find()) {
			Integer n = Words.number((first.group(1) != null) ? first.group(1) : first.group(3));
			String kind = (first.group(2) != null) ? first.group(2) : "prime";
			return (n == null || n > MAX_ITEMS) ? null : first(n, kind);
		}
		Matcher letters = LETTERS.matcher(text);
		if ((text.contains("letters") || text.contains("alphabet")) && letters.find()) {
			char from = (letters.group(1) != null) ? letters.group(1).charAt(0) : 'a';
			char to = (letters.group(2) != null) ? letters.group(2).charAt(0) : 'z';
			List<String> out = new ArrayList<>();
			for (char c = from; c <= to; c++) {
				out.add(String.valueOf(Character.toUpperCase(c)));
			}
			return out;
		}
		return null;
	}

	private static @Nullable List<String> range(int from, int to, int step, boolean inclusiveOrdered) {
		if (step <= 0 || Math.abs((long) to - from) / step + 1 > MAX_ITEMS) {
			return null;
		}
		List<String> out = new ArrayList<>();
		int direction = (to >= from) ? 1 : -1;
		for (long i = from; direction > 0 ? i <= to : i >= to; i += (long) direction * step) {
			out.add(Long.toString(i));
		}
		return out;
	}

	private static @Nullable List<String> filtered(@Nullable List<String> numbers, String kind) {
		if (numbers == null || (!kind.equals("even") && !kind.equals("odd"))) {
			return numbers;
		}
		int parity = kind.equals("even") ? 0 : 1;
		return numbers.stream().filter((n) -> Math.floorMod(Long.parseLong(n), 2) == parity).toList();
	}

	private static List<String> first(int n, String kind) {
		List<String> out = new ArrayList<>();
		if (kind.startsWith("multiple")) {
			long base = Long.parseLong(kind.replaceAll("\\D", ""));
			for (int i = 1; i <= n; i++) {
				out.add(Long.toString(base * i));
			}
			return out;
		}
		long a = 0;
		long b = 1;
		for (long i = 1; out.size() < n && i < Long.MAX_VALUE / 4; i++) {
			switch (kind) {
				case "prime" -> {
					if (isPrime(i)) {
						out.add(Long.toString(i));
					}
				}
				case "even" -> out.add(Long.toString(2 * i));
				case "odd" -> out.add(Long.toString(2 * i - 1));
				case "square", "perfect square" -> out.add(Long.toString(i * i));
				case "fibonacci" -> {
					out.add(Long.toString(a));
					long next = a + b;
					a = b;
					b = next;
					if (a < 0) {
						return out;
					}
				}
				default -> out.add(Long.toString(i));
			}
		}
		return out;
	}

	static boolean isPrime(long n) {
		if (n < 2) {
			return false;
		}
		for (long d = 2; d * d <= n; d++) {
			if (n % d == 0) {
				return false;
			}
		}
		return true;
	}

}
