package dev.fakeai.simulation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Token counts of images and audio in a prompt, the way OpenAI documents them. Images: 85
 * tokens at low detail; at high (and auto) detail the image is fitted into 2048x2048, its
 * shortest side scaled to 768, and each 512-pixel tile costs 170 more. Dimensions are
 * read from the header of a data URL; remote images, which the emulator does not fetch,
 * count as 1024x1024. Audio counts 10 tokens a second, its length read from a WAV header
 * or, for MP3, from the byte count at 128 kbit/s.
 */
public final class MediaTokens {

	static final int BASE_TOKENS = 85;

	static final int TILE_TOKENS = 170;

	static final int DEFAULT_SIDE = 1024;

	/** Audio input tokens a second. */
	public static final int AUDIO_TOKENS_PER_SECOND = 10;

	private static final int HEADER_CHARS = 65_536;

	private MediaTokens() {
	}

	/**
	 * Tokens for one image.
	 * @param url the image URL (http(s) or data)
	 * @param detail {@code low}, {@code high} or {@code auto}
	 * @return the tokens
	 */
	public static int image(String url, String detail) {
		if ("low".equals(detail)) {
			return BASE_TOKENS;
		}
		int[] size = dimensions(url);
		return imageTokens(size[0], size[1]);
	}

	/**
	 * Tokens for an image of a size at high detail.
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @return the tokens
	 */
	public static int imageTokens(int width, int height) {
		double w = width;
		double h = height;
		double fit = Math.min(1.0, 2048.0 / Math.max(w, h));
		w *= fit;
		h *= fit;
		double shortest = Math.min(w, h);
		if (shortest > 768) {
			w *= 768 / shortest;
			h *= 768 / shortest;
		}
		int tiles = (int) (Math.ceil(w / 512) * Math.ceil(h / 512));
		return BASE_TOKENS + TILE_TOKENS * Math.max(1, tiles);
	}

	static int[] dimensions(String url) {
		byte[] head = dataHead(url);
		int[] size = (head.length > 0) ? parseSafely(head) : null;
		return (size != null && size[0] > 0 && size[1] > 0) ? size : new int[] { DEFAULT_SIDE, DEFAULT_SIDE };
	}

	private static byte[] dataHead(String url) {
		int comma = url.indexOf(',');
		if (!url.startsWith("data:") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
			return new byte[0];
		}
		int end = Math.min(url.length(), comma + 1 + HEADER_CHARS);
		int usable = (end - comma - 1) / 4 * 4;
		try {
			return Base64.getMimeDecoder().decode(url.substring(comma + 1, comma + 1 + usable));
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private static int[] parseSafely(byte[] header) {
		ImageProbe probe = ImageProbe.of(header);
		return (probe != null) ? new int[] { probe.width(), probe.height() } : null;
	}

	/**
	 * Tokens for one audio clip.
	 * @param base64 the base64 audio
	 * @param format {@code wav} or {@code mp3}
	 * @return the tokens
	 */
	public static int audio(String base64, String format) {
		int padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
		long bytes = (long) base64.length() * 3 / 4 - padding;
		double seconds = bytes * 8 / 128_000.0;
		if ("wav".equals(format)) {
			byte[] head = dataHead("data:audio/wav;base64," + base64.substring(0, Math.min(base64.length(), 64)));
			if (head.length >= 32 && head[0] == 'R' && head[8] == 'W') {
				int byteRate = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(28);
				seconds = (byteRate > 0) ? Math.max(0, bytes - 44) / (double) byteRate : seconds;
			}
		}
		return Math.max(1, (int) Math.ceil(seconds * AUDIO_TOKENS_PER_SECOND));
	}

}
