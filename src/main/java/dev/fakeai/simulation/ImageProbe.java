package dev.fakeai.simulation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * What an image file's header says: its format, size and, for PNG, its colour mode (the
 * names Pillow gives them, which OpenAI's image errors use: {@code L}, {@code LA},
 * {@code RGB}, {@code RGBA}, {@code P}). Nothing is decoded.
 *
 * @param format {@code png}, {@code jpeg}, {@code webp} or {@code gif}
 * @param width the width in pixels
 * @param height the height in pixels
 * @param mode the colour mode of a PNG, {@code RGB} for JPEG, {@code RGBA} for WebP and
 * GIF (both may carry transparency)
 */
public record ImageProbe(String format, int width, int height, String mode) {

	private static final String[] PNG_MODES = { "L", "?", "RGB", "P", "LA", "?", "RGBA" };

	/**
	 * Reads a file's header.
	 * @param bytes the file, or at least its first kilobytes
	 * @return what it is, or {@code null} when it is no image this reads
	 */
	public static @Nullable ImageProbe of(byte[] bytes) {
		try {
			return parse(bytes);
		}
		catch (IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/**
	 * Whether the image has an alpha channel (the modes Pillow names with an {@code A}).
	 */
	public boolean alpha() {
		return this.mode.endsWith("A");
	}

	private static @Nullable ImageProbe parse(byte[] b) {
		if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
			int colourType = (b.length > 25) ? b[25] & 0xff : PNG_MODES.length;
			String mode = (colourType < PNG_MODES.length) ? PNG_MODES[colourType] : "?";
			return new ImageProbe("png", buffer.getInt(16), buffer.getInt(20), mode);
		}
		if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
			ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
			return new ImageProbe("gif", buffer.getShort(6) & 0xffff, buffer.getShort(8) & 0xffff, "RGBA");
		}
		if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
			return jpeg(b);
		}
		if (b.length >= 30 && b[0] == 'R' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return webp(b);
		}
		return null;
	}

	private static @Nullable ImageProbe jpeg(byte[] b) {
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
				return new ImageProbe("jpeg", width, height, "RGB");
			}
			i += 2 + Math.max(length, 2);
		}
		return null;
	}

	private static @Nullable ImageProbe webp(byte[] b) {
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8X" ->
				new ImageProbe("webp", 1 + (buffer.getInt(24) & 0xffffff), 1 + (buffer.getInt(27) & 0xffffff), "RGBA");
			case "VP8 " -> new ImageProbe("webp", buffer.getShort(26) & 0x3fff, buffer.getShort(28) & 0x3fff, "RGB");
			case "VP8L" -> {
				int bits = buffer.getInt(21);
				yield new ImageProbe("webp", 1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff),
						((bits >>> 28) & 1) == 1 ? "RGBA" : "RGB");
			}
			default -> null;
		};
	}

}
