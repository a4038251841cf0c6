package dev.fakeai.models;

/**
 * Latency presets for hosted APIs, from the single-stream medians in
 * {@code docs/models.md} (Artificial Analysis, mid 2026).
 */
public final class LatencyPresets {

	private static final double REASONING_START_SECONDS = 0.8;

	/** gpt-4.1-nano, gpt-oss-20b, Llama 3.1 8B, Mistral 7B: 0.5 s, 150 tokens/s. */
	public static final LatencyProfile SMALL = LatencyProfile.of(0.5, 150);

	/**
	 * gpt-4o-mini, claude-haiku-4-5, Llama 4 Scout, Qwen3-30B-A3B: 0.6 s, 110 tokens/s.
	 */
	public static final LatencyProfile MEDIUM = LatencyProfile.of(0.6, 110);

	/** gpt-4o, gpt-4.1, Llama 3.3 70B, Qwen3-32B: 0.7 s, 90 tokens/s. */
	public static final LatencyProfile LARGE = LatencyProfile.of(0.7, 90);

	/** claude-sonnet-4-5, Llama 3.1 405B, mistral-large: 1.0 s, 55 tokens/s. */
	public static final LatencyProfile XLARGE = LatencyProfile.of(1.0, 55);

	/**
	 * o-series, gpt-5, DeepSeek-R1: 0.8 s before reasoning starts, 130 tokens/s. The
	 * visible time to first token comes from the reasoning tokens spent at that rate (4
	 * to 90 s at the measured effort levels), not from a long fixed wait.
	 */
	public static final LatencyProfile REASONING = LatencyProfile.of(REASONING_START_SECONDS, 130);

	private LatencyPresets() {
	}

	/**
	 * The reasoning preset at a measured output rate: measured times to first token of
	 * hidden-reasoning models include the reasoning, which the emulator spends as tokens.
	 * @param tokensPerSecond the measured output rate
	 * @return the profile
	 */
	public static LatencyProfile reasoning(double tokensPerSecond) {
		return LatencyProfile.of(REASONING_START_SECONDS, tokensPerSecond);
	}

	/**
	 * The preset for a dense model of this many (active) parameters: up to 10B small, up
	 * to 40B medium, up to 100B large, above that xlarge.
	 * @param activeParameters the parameters that run per token
	 * @return the preset
	 */
	public static LatencyProfile forActiveParameters(long activeParameters) {
		if (activeParameters <= 10_000_000_000L) {
			return SMALL;
		}
		if (activeParameters <= 40_000_000_000L) {
			return MEDIUM;
		}
		return (activeParameters <= 100_000_000_000L) ? LARGE : XLARGE;
	}

}
