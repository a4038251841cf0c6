package dev.fakeai.engine;

import java.util.SplittableRandom;

/**
 * When a reply's tokens are due, computed once per reply from the model's latency profile
 * (scaled or overridden per request): the wait before the first token, hidden reasoning
 * included, the band each next token's delay is drawn from, and the total a non-streaming
 * answer takes.
 *
 * @param firstTokenNanos the wait before the first visible token
 * @param minDelayNanos shortest delay between two tokens
 * @param maxDelayNanos longest delay between two tokens
 * @param totalNanos how long the whole answer takes: the first token, then every further
 * visible token of the longest choice at the mean delay
 */
public record TimingPlan(long firstTokenNanos, long minDelayNanos, long maxDelayNanos, long totalNanos) {

	static TimingPlan of(Pacing pacing, long hiddenReasoningNanos, long visibleTokens) {
		long first = pacing.firstTokenNanos() + hiddenReasoningNanos;
		return new TimingPlan(first, pacing.minDelayNanos(), pacing.maxDelayNanos(),
				first + Math.max(0, visibleTokens - 1) * pacing.meanDelayNanos());
	}

	/**
	 * The delay before the next token, drawn from the band.
	 * @param random the stream's seeded source
	 * @return nanoseconds
	 */
	public long nextDelayNanos(SplittableRandom random) {
		if (this.maxDelayNanos <= this.minDelayNanos) {
			return this.minDelayNanos;
		}
		return this.minDelayNanos + random.nextLong(this.maxDelayNanos - this.minDelayNanos + 1);
	}

}
