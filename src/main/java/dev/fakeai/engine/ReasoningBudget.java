package dev.fakeai.engine;

import java.util.SplittableRandom;

import dev.fakeai.simulation.PromptTopic;
import org.jspecify.annotations.Nullable;

/**
 * How many reasoning tokens a reasoning model spends, as the real models report them
 * (2025-2026 captures): always a multiple of 64; little or none for a greeting or a short
 * factual question ("What is the capital of France?" 0 on gpt-5, "capital of Mexico" 192
 * on o3-mini), more for explanations, plans, writing and code, more for longer prompts,
 * and scaled by {@code reasoning_effort} (default {@code medium}; none for {@code none}
 * and {@code minimal}); a question a skill answers (simple) takes a block at most, before
 * scaling. Drawn from the seeded source; also how long a summary of it is.
 */
final class ReasoningBudget {

	/** Real reasoning-token counts come in blocks of this many. */
	static final int BLOCK = 64;

	private ReasoningBudget() {
	}

	static int tokens(@Nullable String effort, PromptTopic topic, SplittableRandom random, boolean simple) {
		double scale = switch ((effort != null) ? effort : "medium") {
			case "none", "minimal" -> 0;
			case "low" -> 0.5;
			case "high" -> 2.5;
			case "xhigh", "max" -> 4;
			default -> 1;
		};
		if (scale == 0) {
			return 0;
		}
		if (simple) {
			return (int) Math.floor(random.nextInt(2) * scale) * BLOCK;
		}
		int words = topic.keywords().size();
		double blocks = switch (topic.intent()) {
			case GREETING -> random.nextInt(2);
			case EXPLAIN -> (words <= 4) ? random.nextInt(4) : between(2, 8, random);
			case LIST -> between(2, 8, random);
			case WHY -> between(3, 10, random);
			case HOW_TO -> between(4, 12, random);
			case WRITING -> between(4, 16, random);
			case CODE -> between(8, 32, random);
		};
		blocks += words / 3;
		return (int) Math.floor(blocks * scale) * BLOCK;
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
