package dev.fakeai.models;

import org.jspecify.annotations.Nullable;

/**
 * The mixture-of-experts shape of a model; speed follows the active parameters.
 *
 * @param totalParameters all parameters
 * @param activeParameters the parameters that run for one token
 * @param experts routed experts per layer, when published
 * @param expertsPerToken experts chosen per token, when published
 */
public record MoeConfig(long totalParameters, long activeParameters, @Nullable Integer experts,
		@Nullable Integer expertsPerToken) {

	public MoeConfig {
		if (activeParameters <= 0 || totalParameters <= 0) {
			throw new IllegalArgumentException("MoE parameter counts must be positive");
		}
		if (activeParameters > totalParameters) {
			throw new IllegalArgumentException(
					"MoE active parameters " + activeParameters + " exceed total parameters " + totalParameters);
		}
		if (experts != null && experts <= 0) {
			throw new IllegalArgumentException("MoE experts must be positive: " + experts);
		}
		if (expertsPerToken != null && expertsPerToken <= 0) {
			throw new IllegalArgumentException("MoE experts per token must be positive: " + expertsPerToken);
		}
		if (experts != null && expertsPerToken != null && expertsPerToken > experts) {
			throw new IllegalArgumentException(
					"MoE experts per token " + expertsPerToken + " exceed experts " + experts);
		}
	}

}
