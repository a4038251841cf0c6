package dev.fakeai.models;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A provider's announcement that a model shuts down.
 *
 * @param shutdownDate the day it stops serving, when announced
 * @param replacement the recommended successor, when named
 * @param message a human-readable note
 */
public record Deprecation(@Nullable LocalDate shutdownDate, @Nullable String replacement, String message) {

	/**
	 * A deprecation with a message built from its date and replacement.
	 * @param shutdownDate the shutdown day, or {@code null}
	 * @param replacement the successor, or {@code null}
	 * @return the deprecation
	 */
	public static Deprecation of(@Nullable LocalDate shutdownDate, @Nullable String replacement) {
		StringBuilder message = new StringBuilder("Deprecated");
		if (shutdownDate != null) {
			message.append("; shuts down on ").append(shutdownDate);
		}
		if (replacement != null) {
			message.append("; use ").append(replacement).append(" instead");
		}
		return new Deprecation(shutdownDate, replacement, message.append('.').toString());
	}

}
