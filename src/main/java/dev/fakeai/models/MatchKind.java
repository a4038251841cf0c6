package dev.fakeai.models;

import java.util.Locale;

/**
 * How a requested model id was resolved, in lookup order.
 */
public enum MatchKind {

	/** The id itself. */
	EXACT,
	/** A listed alias, such as a dated snapshot. */
	ALIAS,
	/** Equal after normalization (case, provider prefix, separators). */
	NORMALIZED,
	/** One normalized name contains the other, with the same numbers. */
	SUBSTRING,
	/** Edit-distance similarity above the threshold, with the same numbers. */
	SIMILARITY,
	/**
	 * Unknown, so created by the auto-creation handler (or derived for a fine-tuned id).
	 */
	CREATED;

	/**
	 * The lower-case name used in headers and JSON.
	 * @return e.g. {@code normalized}
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the match was inexact (normalized, substring or similarity).
	 * @return {@code true} for a fuzzy match
	 */
	public boolean fuzzy() {
		return this == NORMALIZED || this == SUBSTRING || this == SIMILARITY;
	}

}
