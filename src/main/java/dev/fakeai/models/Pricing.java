package dev.fakeai.models;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * First-party list prices in USD per million tokens; {@code null} where the provider
 * bills otherwise or publishes nothing.
 *
 * @param inputPerMillion input tokens
 * @param outputPerMillion output tokens
 * @param cachedInputPerMillion cached input tokens
 * @param otherUnits prices in other units, e.g. {@code per_second_usd} for whisper-1
 */
public record Pricing(@Nullable Double inputPerMillion, @Nullable Double outputPerMillion,
		@Nullable Double cachedInputPerMillion, Map<String, Double> otherUnits) {

	public Pricing {
		requireNonNegative("input", inputPerMillion);
		requireNonNegative("output", outputPerMillion);
		requireNonNegative("cached input", cachedInputPerMillion);
		otherUnits.forEach(Pricing::requireNonNegative);
		otherUnits = Map.copyOf(otherUnits);
	}

	/**
	 * Per-token prices.
	 * @param input input price per million tokens
	 * @param output output price per million tokens
	 * @param cachedInput cached input price per million tokens
	 * @return the pricing
	 */
	public static Pricing perMillion(@Nullable Double input, @Nullable Double output, @Nullable Double cachedInput) {
		return new Pricing(input, output, cachedInput, Map.of());
	}

	private static void requireNonNegative(String what, @Nullable Double price) {
		if (price != null && (price < 0 || price.isNaN())) {
			throw new IllegalArgumentException(what + " price must not be negative: " + price);
		}
	}

}
