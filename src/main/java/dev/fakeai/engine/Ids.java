package dev.fakeai.engine;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random object ids in OpenAI's shapes: a prefix and letters and digits
 * ({@code chatcmpl-} and 29, {@code cmpl-} and 29), or a prefix and lowercase hex digits
 * ({@code resp_} and 48, {@code modr-} and 32).
 */
public final class Ids {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String HEX = "0123456789abcdef";

	private Ids() {
	}

	/**
	 * An id of letters and digits.
	 * @param prefix the prefix
	 * @param length how many characters follow it
	 * @return the id
	 */
	public static String alphanumeric(String prefix, int length) {
		return of(prefix, length, ALPHANUMERIC);
	}

	/**
	 * An id of lowercase hex digits.
	 * @param prefix the prefix
	 * @param length how many digits follow it
	 * @return the id
	 */
	public static String hex(String prefix, int length) {
		return of(prefix, length, HEX);
	}

	private static String of(String prefix, int length, String alphabet) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] id = new char[prefix.length() + length];
		prefix.getChars(0, prefix.length(), id, 0);
		for (int i = prefix.length(); i < id.length; i++) {
			id[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return new String(id);
	}

}
