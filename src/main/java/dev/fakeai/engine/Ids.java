package dev.fakeai.engine;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random object ids in OpenAI's shapes: a prefix and letters and digits
 * ({@code chatcmpl-} and 29, {@code cmpl-} and 29), or a prefix and lowercase hex digits
 * ({@code resp_} and 48, {@code modr-} and 32). Completion ids are time-ordered as the
 * real ones are ({@link #timeOrdered}).
 */
public final class Ids {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String HEX = "0123456789abcdef";

	/** Base 62 in ASCII order, so that ids sort as their times do. */
	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	/**
	 * The hour from which real completion ids count: their first three characters are the
	 * hours since then in base 62 ({@code chatcmpl-B6H...} in March 2025, {@code C3I} in
	 * August 2025, {@code D0q} in January 2026, {@code E4R} in July 2026; one character
	 * of the third place is about an hour in every interval between those captures).
	 */
	private static final long EPOCH_SECOND = Instant.parse("2025-03-15T00:00:00Z").getEpochSecond() - 42_673L * 3600;

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

	/**
	 * A time-ordered id of letters and digits: the hours since the real ids' epoch (three
	 * characters), the second within the hour (two), then random ones; ids made later
	 * sort after, to the second, as the real ones sort by their time.
	 * @param prefix the prefix
	 * @param length how many characters follow it (at least 5)
	 * @param now the time of the id
	 * @return the id
	 */
	public static String timeOrdered(String prefix, int length, Instant now) {
		long seconds = Math.max(0, now.getEpochSecond() - EPOCH_SECOND);
		String time = base62(seconds / 3600, 3) + base62(seconds % 3600, 2);
		return prefix + time + of("", length - time.length(), ALPHANUMERIC);
	}

	private static String base62(long value, int digits) {
		char[] out = new char[digits];
		long rest = value;
		for (int i = digits - 1; i >= 0; i--) {
			out[i] = BASE62.charAt((int) (rest % 62));
			rest /= 62;
		}
		return new String(out);
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
