package dev.fakeai.errors;

import java.io.IOException;

/**
 * Thrown while a request body is read once it passes the configured limit; the error
 * handler turns it into a 413.
 */
public final class PayloadTooLargeException extends IOException {

	private final long limitBytes;

	public PayloadTooLargeException(long limitBytes) {
		super("request body exceeds " + limitBytes + " bytes");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return this.limitBytes;
	}

}
