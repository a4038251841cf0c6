package dev.fakeai.engine;

import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * How many reasoning tokens a reasoning model spends at each {@code reasoning_effort}
 * (default {@code medium}): none for {@code none} and {@code minimal}, then ranges that
 * grow about fourfold per level, drawn from the seeded source; and how long a summary of
 * it is.
 */
final class ReasoningBudget {

	private ReasoningBudget() {
	}

	static int tokens(@Nullable String effort, SplittableRandom random) {
		String level = (effort != null) ? effort : "medium";
		return switch (level) {
			case "none", "minimal" -> 0;
			case "low" -> between(128, 768, random);
			case "high" -> between(2_048, 6_144, random);
			case "xhigh", "max" -> between(4_096, 12_288, random);
			default -> between(512, 2_048, random);
		};
	}

	/**
	 * How long a summary of the reasoning is: {@code concise} a sentence or two,
	 * {@code auto} and {@code detailed} longer.
	 */
	static int summaryTokens(String level, SplittableRandom random) {
		return switch (level) {
			case "concise" -> between(16, 40, random);
			case "detailed" -> between(60, 140, random);
			default -> between(30, 90, random);
		};
	}

	private static int between(int low, int high, SplittableRandom random) {
		return low + random.nextInt(high - low + 1);
	}

}
