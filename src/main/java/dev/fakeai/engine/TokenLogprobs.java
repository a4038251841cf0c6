package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.fakeai.simulation.Token;

/**
 * Log probabilities consistent with the returned tokens: each token gets a logprob, and
 * its top alternatives (the token itself among them) are ordered by logprob with a total
 * probability below 1. Computed with {@link StrictMath}, so the values a seed gives are
 * the same on every JDK and processor.
 */
final class TokenLogprobs {

	private static final List<String> ALTERNATIVES = List.of(" the", " a", ",", ".", " and", " to", " of", " is", " in",
			" that", " it", " for", " this", " with", " on", "\n", " as", " be", " you", " are");

	private TokenLogprobs() {
	}

	static List<TokenLogprob> of(List<Token> tokens, int top, SplittableRandom random) {
		List<TokenLogprob> result = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			result.add(of(token, top, random));
		}
		return result;
	}

	static TokenLogprob of(Token token, int top, SplittableRandom random) {
		double u = random.nextDouble();
		double probability = 0.35 + 0.65 * (1 - u * u);
		double logprob = StrictMath.log(probability);
		List<TokenLogprob.Alternative> alternatives = new ArrayList<>(top);
		if (top > 0) {
			alternatives.add(new TokenLogprob.Alternative(token.text(), logprob, bytes(token.bytes())));
		}
		double remaining = 1 - probability;
		int start = random.nextInt(ALTERNATIVES.size());
		for (int i = 0; alternatives.size() < top && i < ALTERNATIVES.size(); i++) {
			String text = ALTERNATIVES.get((start + i) % ALTERNATIVES.size());
			if (text.equals(token.text())) {
				continue;
			}
			double share = remaining * StrictMath.pow(0.5, alternatives.size()) * (0.5 + 0.5 * random.nextDouble());
			double p = Math.min(share, probability * StrictMath.pow(0.9, alternatives.size()));
			alternatives.add(new TokenLogprob.Alternative(text, StrictMath.log(p),
					bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		}
		return new TokenLogprob(token.text(), logprob, bytes(token.bytes()), alternatives);
	}

	private static List<Integer> bytes(byte[] bytes) {
		List<Integer> values = new ArrayList<>(bytes.length);
		for (byte b : bytes) {
			values.add(b & 0xff);
		}
		return values;
	}

}
