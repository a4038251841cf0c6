package dev.fakeai.responses;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids as the Responses API makes them: a prefix ({@code resp_}, {@code msg_},
 * {@code fc_}, {@code rs_}) and 48 lowercase hex digits.
 */
final class ResponseIds {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

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
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] id = new char[prefix.length() + DIGITS];
		prefix.getChars(0, prefix.length(), id, 0);
		for (int i = prefix.length(); i < id.length; i++) {
			id[i] = HEX[random.nextInt(16)];
		}
		return new String(id);
	}

}
