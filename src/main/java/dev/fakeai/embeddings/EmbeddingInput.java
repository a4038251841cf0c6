package dev.fakeai.embeddings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One input to embed: a text, or token ids.
 *
 * @param text the text, {@code null} for token ids
 * @param tokens the token ids, {@code null} for a text
 */
record EmbeddingInput(@Nullable String text, @Nullable List<Integer> tokens) {

	EmbeddingInput {
		tokens = (tokens != null) ? List.copyOf(tokens) : null;
	}

}
