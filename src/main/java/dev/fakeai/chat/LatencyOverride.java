package dev.fakeai.chat;

import dev.fakeai.errors.ApiException;
import dev.fakeai.models.LatencyProfile;
import org.jspecify.annotations.Nullable;

/**
 * Per-request timing from headers: {@code X-FakeAI-Speed-Factor} scales the model's
 * profile; {@code X-FakeAI-TTFT-Ms} and {@code X-FakeAI-ITL-Ms} set an exact time to
 * first token and inter-token delay without jitter (load rehearsals).
 *
 * @param speedFactor the factor, or {@code null} for the configured one
 * @param timeToFirstTokenMs an exact time to first token, or {@code null}
 * @param interTokenMs an exact inter-token delay, or {@code null}
 */
record LatencyOverride(@Nullable Double speedFactor, @Nullable Double timeToFirstTokenMs,
		@Nullable Double interTokenMs) {

	static final String SPEED_FACTOR = "X-FakeAI-Speed-Factor";

	static final String TIME_TO_FIRST_TOKEN = "X-FakeAI-TTFT-Ms";

	static final String INTER_TOKEN = "X-FakeAI-ITL-Ms";

	private static final double MAX_FACTOR = 1000;

	private static final double MAX_MS = 600_000;

	static LatencyOverride of(@Nullable String speedFactor, @Nullable String ttft, @Nullable String itl) {
		return new LatencyOverride(number(SPEED_FACTOR, speedFactor, MAX_FACTOR),
				number(TIME_TO_FIRST_TOKEN, ttft, MAX_MS), number(INTER_TOKEN, itl, MAX_MS));
	}

	Pacing pacing(LatencyProfile profile, double configuredFactor) {
		double factor = (this.speedFactor != null) ? this.speedFactor : configuredFactor;
		Pacing scaled = Pacing.of(profile, factor);
		if (this.timeToFirstTokenMs == null && this.interTokenMs == null) {
			return scaled;
		}
		long first = (this.timeToFirstTokenMs != null) ? millis(this.timeToFirstTokenMs) : scaled.firstTokenNanos();
		return (this.interTokenMs != null) ? Pacing.exact(first, millis(this.interTokenMs))
				: new Pacing(first, scaled.minDelayNanos(), scaled.maxDelayNanos());
	}

	private static long millis(double ms) {
		return Math.round(ms * 1_000_000);
	}

	private static @Nullable Double number(String header, @Nullable String value, double max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.trim());
			if (number >= 0 && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalidParameter(header, "Invalid header '" + header + "': expected a number from 0 to "
				+ (long) max + ", got '" + value + "'.");
	}

}
