package dev.fakeai.engine;

import java.util.List;

/**
 * The log probability of one returned token and its most likely alternatives.
 *
 * @param token the token's text
 * @param logprob its log probability
 * @param bytes its UTF-8 bytes
 * @param topLogprobs the alternatives, the token itself among them, most likely first
 */
public record TokenLogprob(String token, double logprob, List<Integer> bytes, List<Alternative> topLogprobs) {

	public TokenLogprob {
		bytes = List.copyOf(bytes);
		topLogprobs = List.copyOf(topLogprobs);
	}

	/**
	 * One alternative at a position.
	 *
	 * @param token its text
	 * @param logprob its log probability
	 * @param bytes its UTF-8 bytes
	 */
	public record Alternative(String token, double logprob, List<Integer> bytes) {

		public Alternative {
			bytes = List.copyOf(bytes);
		}

	}

}
