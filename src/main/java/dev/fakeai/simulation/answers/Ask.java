package dev.fakeai.simulation.answers;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * What a skill reads: the conversation, its last user message (the prompt) in its own
 * case and in lower case, whether only the bare answer is wanted, the token bias, and the
 * choice's seeded random source (for wording, never for facts).
 */
final class Ask {

	private static final Pattern BRIEF = Pattern.compile("\\b(?:(?:only|just)\\b.{0,30}\\b(?:number|answer|word|name|"
			+ "result|value|digit|letter|city|country|capital|year|total)s?\\b|(?:one|single|1)[ -]word|no explanations?|"
			+ "without (?:any )?(?:explanation|commentary|extra text)|nothing else|no other text|be brief|briefly|"
			+ "concisely|(?:answer|reply|respond)(?:ing)? only|only (?:answer|reply|respond|output|return)|"
			+ "just (?:answer|reply|respond|output|return|give))\\b");

	/** Words without which no format is asked for. */
	private static final List<String> BRIEF_CUES = List.of("only", "just", "one word", "one-word", "single word",
			"1 word", "explanation", "else", "other text", "brief", "concise", "commentary", "extra text");

	final Conversation conversation;

	final String prompt;

	final String lower;

	/**
	 * The prompt in lower case without the sentences that only ask for a format ("Only
	 * the number.", "One word."), for the skills that read a question as a whole.
	 */
	final String question;

	final TokenBias bias;

	final SplittableRandom random;

	Ask(Conversation conversation, String prompt, TokenBias bias, SplittableRandom random) {
		this.conversation = conversation;
		this.prompt = prompt.strip();
		this.lower = this.prompt.toLowerCase(Locale.ROOT);
		this.question = question(this.lower);
		this.bias = bias;
		this.random = random;
	}

	/**
	 * Whether only the bare answer is wanted, by the prompt or the system message (read
	 * only when a skill has answered).
	 */
	boolean brief() {
		return brief(this.lower) || brief(this.conversation.instructions().toLowerCase(Locale.ROOT));
	}

	private static boolean brief(String lower) {
		for (String cue : BRIEF_CUES) {
			if (lower.contains(cue)) {
				return BRIEF.matcher(lower).find();
			}
		}
		return false;
	}

	private static String question(String lower) {
		if (!brief(lower)) {
			return lower;
		}
		StringBuilder kept = new StringBuilder();
		for (String sentence : Words.SENTENCES.split(lower)) {
			boolean format = !sentence.contains("?") && BRIEF.matcher(sentence).find()
					&& sentence.split("\\s+").length <= 8;
			if (!format) {
				kept.append((kept.length() > 0) ? " " : "").append(sentence);
			}
		}
		return (kept.length() > 0) ? kept.toString() : lower;
	}

	/** The same conversation, asking only a part of the prompt (a question's stem). */
	Ask withPrompt(String part) {
		return new Ask(this.conversation, part, this.bias, this.random);
	}

	/** A seeded index below a bound, for wording. */
	int pick(int bound) {
		return this.random.nextInt(bound);
	}

}
