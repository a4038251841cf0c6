package dev.fakeai.simulation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes an image as a lossless WebP (the VP8L bitstream of RFC 9649 in a RIFF
 * container); the JDK's ImageIO writes no WebP. No transforms and no color cache: each
 * pixel is a literal or a copy of the run of the pixel to its left (backward references
 * at the distance "one pixel to the left"), with fixed prefix codes (literals in 8 or 9
 * bits, run lengths in 5 or 6 bits and their extra bits). Drawn images have long runs, so
 * they come out small; any picture comes out right.
 */
public final class WebpLossless {

	private static final int MAX_SIDE = 16384;

	/**
	 * Order in which the code-length code's lengths are written (RFC 9649, 3.7.2.1.2).
	 */
	private static final int[] CODE_LENGTH_ORDER = { 17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

	private static final int LITERALS = 256;

	private static final int LENGTH_PREFIXES = 24;

	private static final int MAX_RUN = 4096;

	/** The distance code of "the pixel to the left" in the 2D distance map. */
	private static final int LEFT_PIXEL_DISTANCE_CODE = 2;

	private WebpLossless() {
	}

	/**
	 * Encodes pixels.
	 * @param argb the pixels, row by row, {@code 0xAARRGGBB}
	 * @param width the width, 1 to 16,384
	 * @param height the height, 1 to 16,384
	 * @return the {@code .webp} file
	 */
	public static byte[] encode(int[] argb, int width, int height) {
		if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || argb.length != width * height) {
			throw new IllegalArgumentException("a WebP image is 1 to 16384 pixels a side: " + width + "x" + height);
		}
		boolean alpha = false;
		for (int pixel : argb) {
			alpha |= (pixel >>> 24) != 0xff;
		}
		BitWriter bits = new BitWriter(argb.length / 4 + 64);
		bits.write(0x2f, 8);
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		bits.write(alpha ? 1 : 0, 1);
		bits.write(0, 3);
		bits.write(0, 1); // no transform
		bits.write(0, 1); // no color cache
		bits.write(0, 1); // no meta prefix codes

		int[] greenLengths = new int[LITERALS + LENGTH_PREFIXES];
		java.util.Arrays.fill(greenLengths, 0, LITERALS, 9);
		for (int i = 0; i < LENGTH_PREFIXES; i++) {
			greenLengths[LITERALS + i] = (i < 8) ? 5 : 6;
		}
		int[] literalLengths = new int[LITERALS];
		java.util.Arrays.fill(literalLengths, 8);
		int[] green = writeNormalCode(bits, greenLengths);
		int[] red = writeNormalCode(bits, literalLengths);
		int[] blue = writeNormalCode(bits, literalLengths);
		int[] alphaCodes = alpha ? writeNormalCode(bits, literalLengths) : null;
		if (!alpha) {
			writeSingleSymbolCode(bits, 0xff);
		}
		writeSingleSymbolCode(bits, LEFT_PIXEL_DISTANCE_CODE - 1);

		int i = 0;
		while (i < argb.length) {
			int pixel = argb[i];
			int run = 0;
			if (i > 0 && argb[i - 1] == pixel) {
				while (i + run < argb.length && run < MAX_RUN && argb[i + run] == argb[i - 1]) {
					run++;
				}
			}
			if (run >= 2) {
				writeRun(bits, green, greenLengths, run);
				i += run;
				continue;
			}
			bits.writeCode(green[(pixel >>> 8) & 0xff], greenLengths[(pixel >>> 8) & 0xff]);
			bits.writeCode(red[(pixel >>> 16) & 0xff], 8);
			bits.writeCode(blue[pixel & 0xff], 8);
			if (alphaCodes != null) {
				bits.writeCode(alphaCodes[pixel >>> 24], 8);
			}
			i++;
		}
		return riff(bits.toByteArray());
	}

	/** A backward reference of {@code length} pixels at "one pixel to the left". */
	private static void writeRun(BitWriter bits, int[] green, int[] greenLengths, int length) {
		int prefix;
		int extraBits;
		int extra;
		if (length <= 4) {
			prefix = length - 1;
			extraBits = 0;
			extra = 0;
		}
		else {
			int value = length - 1;
			int highest = 31 - Integer.numberOfLeadingZeros(value);
			int second = (value >> (highest - 1)) & 1;
			prefix = 2 * highest + second;
			extraBits = highest - 1;
			extra = value & ((1 << extraBits) - 1);
		}
		bits.writeCode(green[LITERALS + prefix], greenLengths[LITERALS + prefix]);
		bits.write(extra, extraBits);
		// The distance code has one symbol, which takes no bits.
	}

	/**
	 * A prefix code given by its code lengths (the "normal" code), written with a
	 * code-length code whose used symbols all get short codes.
	 * @return the canonical code of every symbol
	 */
	private static int[] writeNormalCode(BitWriter bits, int[] lengths) {
		bits.write(0, 1); // normal code
		int[] lengthCounts = new int[19];
		for (int length : lengths) {
			lengthCounts[length]++;
		}
		int used = 0;
		for (int count : lengthCounts) {
			used += (count > 0) ? 1 : 0;
		}
		int[] codeLengthLengths = new int[19];
		if (used == 1) {
			// A complete code needs two symbols: the unused 0 takes the second.
			for (int symbol = 0; symbol < 19; symbol++) {
				if (lengthCounts[symbol] > 0) {
					codeLengthLengths[symbol] = 1;
				}
			}
			codeLengthLengths[(codeLengthLengths[0] == 1) ? 1 : 0] = 1;
		}
		else {
			// Symbols in use get lengths 1, 2, ..., n-1, n-1: a complete code.
			int rank = 0;
			for (int symbol = 0; symbol < 19; symbol++) {
				if (lengthCounts[symbol] > 0) {
					rank++;
					codeLengthLengths[symbol] = Math.min(rank, used - 1);
				}
			}
		}
		int count = 19;
		while (count > 4 && codeLengthLengths[CODE_LENGTH_ORDER[count - 1]] == 0) {
			count--;
		}
		bits.write(count - 4, 4);
		for (int i = 0; i < count; i++) {
			bits.write(codeLengthLengths[CODE_LENGTH_ORDER[i]], 3);
		}
		bits.write(0, 1); // every symbol's length follows (no max_symbol)
		int[] codeLengthCodes = canonical(codeLengthLengths);
		for (int length : lengths) {
			bits.writeCode(codeLengthCodes[length], codeLengthLengths[length]);
		}
		return canonical(lengths);
	}

	/** A code of one symbol, which takes no bits to write. */
	private static void writeSingleSymbolCode(BitWriter bits, int symbol) {
		bits.write(1, 1); // simple code
		bits.write(0, 1); // one symbol
		if (symbol < 2) {
			bits.write(0, 1);
			bits.write(symbol, 1);
		}
		else {
			bits.write(1, 1);
			bits.write(symbol, 8);
		}
	}

	/** Canonical prefix codes for code lengths, as DEFLATE and VP8L assign them. */
	static int[] canonical(int[] lengths) {
		int max = 0;
		for (int length : lengths) {
			max = Math.max(max, length);
		}
		int[] counts = new int[max + 1];
		for (int length : lengths) {
			if (length > 0) {
				counts[length]++;
			}
		}
		int[] next = new int[max + 2];
		int code = 0;
		for (int length = 1; length <= max; length++) {
			code = (code + counts[length - 1]) << 1;
			next[length] = code;
		}
		int[] codes = new int[lengths.length];
		for (int symbol = 0; symbol < lengths.length; symbol++) {
			if (lengths[symbol] > 0) {
				codes[symbol] = next[lengths[symbol]]++;
			}
		}
		return codes;
	}

	private static byte[] riff(byte[] vp8l) {
		int padded = vp8l.length + (vp8l.length & 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream(padded + 20);
		out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
		writeLittleEndian(out, 4 + 8 + padded);
		out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
		writeLittleEndian(out, vp8l.length);
		out.writeBytes(vp8l);
		if ((vp8l.length & 1) == 1) {
			out.write(0);
		}
		return out.toByteArray();
	}

	private static void writeLittleEndian(ByteArrayOutputStream out, int value) {
		out.write(value & 0xff);
		out.write((value >>> 8) & 0xff);
		out.write((value >>> 16) & 0xff);
		out.write((value >>> 24) & 0xff);
	}

	/** Bits packed from the least significant end of each byte, as VP8L reads them. */
	private static final class BitWriter {

		private byte[] bytes;

		private int length;

		private long buffer;

		private int used;

		BitWriter(int capacity) {
			this.bytes = new byte[Math.max(capacity, 64)];
		}

		void write(int value, int count) {
			if (count == 0) {
				return;
			}
			this.buffer |= ((long) value & ((1L << count) - 1)) << this.used;
			this.used += count;
			while (this.used >= 8) {
				if (this.length == this.bytes.length) {
					this.bytes = java.util.Arrays.copyOf(this.bytes, this.bytes.length * 2);
				}
				this.bytes[this.length++] = (byte) this.buffer;
				this.buffer >>>= 8;
				this.used -= 8;
			}
		}

		/** A prefix code, its first bit being the code's most significant one. */
		void writeCode(int code, int length) {
			write(Integer.reverse(code) >>> (32 - length), length);
		}

		byte[] toByteArray() {
			if (this.used > 0) {
				write(0, 8 - this.used);
			}
			return java.util.Arrays.copyOf(this.bytes, this.length);
		}

	}

}
