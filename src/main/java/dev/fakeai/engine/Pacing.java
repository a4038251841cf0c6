package dev.fakeai.engine;

import dev.fakeai.models.LatencyProfile;

/**
 * The timing of one response: the wait before the first token and the band each next
 * token's delay is drawn from, already scaled by the speed factor.
 *
 * @param firstTokenNanos wait before the first token (hidden reasoning excluded)
 * @param minDelayNanos shortest delay between two tokens
 * @param maxDelayNanos longest delay between two tokens
 */
record Pacing(long firstTokenNanos, long minDelayNanos, long maxDelayNanos) {

	static Pacing of(LatencyProfile profile, double speedFactor) {
		return new Pacing(scale(profile.timeToFirstToken().toNanos(), speedFactor),
				scale(profile.minInterTokenDelay().toNanos(), speedFactor),
				scale(profile.maxInterTokenDelay().toNanos(), speedFactor));
	}

	/**
	 * Exact timing without jitter, for load rehearsals.
	 * @param firstTokenNanos the wait before the first token
	 * @param delayNanos the delay between two tokens
	 * @return the pacing
	 */
	static Pacing exact(long firstTokenNanos, long delayNanos) {
		return new Pacing(firstTokenNanos, delayNanos, delayNanos);
	}

	long meanDelayNanos() {
		return (this.minDelayNanos + this.maxDelayNanos) / 2;
	}

	private static long scale(long nanos, double factor) {
		return Math.round(nanos * factor);
	}

}
