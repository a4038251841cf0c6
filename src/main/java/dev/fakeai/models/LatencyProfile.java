package dev.fakeai.models;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a model answers: the wait before the first token, the mean output rate, and
 * the band the delay between two tokens is drawn from.
 *
 * @param timeToFirstToken wait before the first visible token (reasoning models add their
 * reasoning time on top)
 * @param tokensPerSecond mean output rate of one stream
 * @param minInterTokenDelay the shortest delay between two tokens
 * @param maxInterTokenDelay the longest delay between two tokens
 */
public record LatencyProfile(Duration timeToFirstToken, double tokensPerSecond, Duration minInterTokenDelay,
		Duration maxInterTokenDelay) {

	/** The half width of the delay band around {@code 1 / tokensPerSecond}. */
	static final double BAND = 0.3;

	public LatencyProfile {
		Objects.requireNonNull(timeToFirstToken, "timeToFirstToken");
		Objects.requireNonNull(minInterTokenDelay, "minInterTokenDelay");
		Objects.requireNonNull(maxInterTokenDelay, "maxInterTokenDelay");
		if (timeToFirstToken.isNegative()) {
			throw new IllegalArgumentException("time to first token must not be negative: " + timeToFirstToken);
		}
		if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) {
			throw new IllegalArgumentException("tokens per second must be positive: " + tokensPerSecond);
		}
		if (minInterTokenDelay.isNegative()) {
			throw new IllegalArgumentException("min inter-token delay must not be negative: " + minInterTokenDelay);
		}
		if (minInterTokenDelay.compareTo(maxInterTokenDelay) > 0) {
			throw new IllegalArgumentException("min inter-token delay " + minInterTokenDelay
					+ " exceeds max inter-token delay " + maxInterTokenDelay);
		}
	}

	/**
	 * A profile whose delay band is {@code 1 / tokensPerSecond} plus or minus 30%.
	 * @param timeToFirstTokenSeconds wait before the first token, in seconds
	 * @param tokensPerSecond mean output rate
	 * @return the profile
	 */
	public static LatencyProfile of(double timeToFirstTokenSeconds, double tokensPerSecond) {
		double mean = 1.0 / tokensPerSecond;
		return new LatencyProfile(seconds(timeToFirstTokenSeconds), tokensPerSecond, seconds(mean * (1 - BAND)),
				seconds(mean * (1 + BAND)));
	}

	/**
	 * The mean delay between two tokens.
	 * @return {@code 1 / tokensPerSecond}
	 */
	public Duration meanInterTokenDelay() {
		return seconds(1.0 / this.tokensPerSecond);
	}

	private static Duration seconds(double seconds) {
		return Duration.ofNanos(Math.round(seconds * 1_000_000_000L));
	}

}
