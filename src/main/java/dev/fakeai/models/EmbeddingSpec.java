package dev.fakeai.models;

import org.jspecify.annotations.Nullable;

/**
 * The vectors an embedding model returns.
 *
 * @param dimensions the default vector length
 * @param reducible whether a shorter length may be asked for ({@code dimensions})
 * @param minimumDimensions the shortest length allowed, when published
 */
public record EmbeddingSpec(int dimensions, boolean reducible, @Nullable Integer minimumDimensions) {

	public EmbeddingSpec {
		if (dimensions <= 0) {
			throw new IllegalArgumentException("embedding dimensions must be positive: " + dimensions);
		}
		if (minimumDimensions != null && (minimumDimensions <= 0 || minimumDimensions > dimensions)) {
			throw new IllegalArgumentException(
					"minimum embedding dimensions must be within 1.." + dimensions + ": " + minimumDimensions);
		}
	}

}
