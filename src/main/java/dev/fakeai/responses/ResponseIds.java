package dev.fakeai.responses;

import dev.fakeai.engine.Ids;

/**
 * Ids as the Responses API makes them: a prefix ({@code resp_}, {@code msg_},
 * {@code fc_}, {@code rs_}) and 48 lowercase hex digits.
 */
final class ResponseIds {

	private static final int DIGITS = 48;

	private ResponseIds() {
	}

	static String response() {
		return of("resp_");
	}

	static String message() {
		return of("msg_");
	}

	static String functionCall() {
		return of("fc_");
	}

	static String functionCallOutput() {
		return of("fco_");
	}

	static String reasoning() {
		return of("rs_");
	}

	private static String of(String prefix) {
		return Ids.hex(prefix, DIGITS);
	}

}
