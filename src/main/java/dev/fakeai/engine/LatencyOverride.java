package dev.fakeai.engine;

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
public record LatencyOverride(@Nullable Double speedFactor, @Nullable Double timeToFirstTokenMs,
		@Nullable Double interTokenMs) {

	/** The header that scales the model's profile. */
	public static final String SPEED_FACTOR = "X-FakeAI-Speed-Factor";

	/** The header that sets an exact time to first token. */
	public static final String TIME_TO_FIRST_TOKEN = "X-FakeAI-TTFT-Ms";

	/** The header that sets an exact inter-token delay. */
	public static final String INTER_TOKEN = "X-FakeAI-ITL-Ms";

	private static final double MAX_FACTOR = 1000;

	private static final double MAX_MS = 600_000;

	/**
	 * Reads the headers.
	 * @param speedFactor {@value #SPEED_FACTOR}, if sent
	 * @param ttft {@value #TIME_TO_FIRST_TOKEN}, if sent
	 * @param itl {@value #INTER_TOKEN}, if sent
	 * @return the override
	 */
	public static LatencyOverride of(@Nullable String speedFactor, @Nullable String ttft, @Nullable String itl) {
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
