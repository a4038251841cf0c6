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

	static final int AUDIO_TOKENS_PER_SECOND = 10;

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

	static int imageTokens(int width, int height) {
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
		try {
			return parse(header);
		}
		catch (IndexOutOfBoundsException ex) {
			return null;
		}
	}

	private static int[] parse(byte[] b) {
		if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
			return new int[] { buffer.getInt(16), buffer.getInt(20) };
		}
		if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
			ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
			return new int[] { buffer.getShort(6) & 0xffff, buffer.getShort(8) & 0xffff };
		}
		if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
			return jpeg(b);
		}
		if (b.length >= 32 && b[0] == 'R' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return webp(b);
		}
		return null;
	}

	private static int[] jpeg(byte[] b) {
		int i = 2;
		while (i + 9 < b.length) {
			if ((b[i] & 0xff) != 0xff) {
				i++;
				continue;
			}
			int marker = b[i + 1] & 0xff;
			int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
			boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
					&& marker != 0xcc;
			if (startOfFrame) {
				int height = ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff);
				int width = ((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff);
				return new int[] { width, height };
			}
			i += 2 + Math.max(length, 2);
		}
		return null;
	}

	private static int[] webp(byte[] b) {
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8X" -> new int[] { 1 + (buffer.getInt(24) & 0xffffff), 1 + (buffer.getInt(27) & 0xffffff) };
			case "VP8 " -> new int[] { buffer.getShort(26) & 0x3fff, buffer.getShort(28) & 0x3fff };
			case "VP8L" -> {
				int bits = buffer.getInt(21);
				yield new int[] { 1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff) };
			}
			default -> null;
		};
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
