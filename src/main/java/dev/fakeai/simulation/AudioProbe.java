package dev.fakeai.simulation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * What an audio file's container says, without decoding it: its format (as OpenAI's
 * transcription API names them: {@code flac}, {@code mp3}, {@code mp4}, {@code m4a},
 * {@code ogg}, {@code wav}, {@code webm}), its duration, and the text our own speech
 * wrote into it ({@link AudioEncoding#TRANSCRIPT_KEY}). Durations come from the container
 * where it states them (WAV's data size, FLAC's sample count, the last Ogg granule, MP4's
 * movie header, WebM's segment duration) or from the sum of MP3's frames.
 *
 * @param format the format
 * @param seconds the duration, or a third of a second per 4 kB where the container does
 * not say (a 96 kbit/s guess)
 * @param transcript the text our speech wrote into the file, or {@code null}
 */
public record AudioProbe(String format, double seconds, @Nullable String transcript) {

	private static final String KEY = AudioEncoding.TRANSCRIPT_KEY;

	private static final int[] MPEG1_BITRATES = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };

	private static final int[] MPEG2_BITRATES = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };

	private static final int[][] SAMPLE_RATES = { { 44_100, 48_000, 32_000 }, { 22_050, 24_000, 16_000 },
			{ 11_025, 12_000, 8_000 } };

	/**
	 * Reads a file.
	 * @param bytes the file
	 * @return what it is, or {@code null} when it is none of the formats
	 */
	public static @Nullable AudioProbe of(byte[] bytes) {
		try {
			return parse(bytes);
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable AudioProbe parse(byte[] b) {
		if (starts(b, 0, "RIFF") && starts(b, 8, "WAVE")) {
			return wav(b);
		}
		if (starts(b, 0, "fLaC")) {
			return flac(b);
		}
		if (starts(b, 0, "OggS")) {
			return ogg(b);
		}
		if (b.length > 8 && starts(b, 4, "ftyp")) {
			return mp4(b);
		}
		if (b.length > 4 && (b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf
				&& (b[3] & 0xff) == 0xa3) {
			return webm(b);
		}
		if (starts(b, 0, "ID3") || (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xe0) == 0xe0)) {
			return mp3(b);
		}
		return null;
	}

	private static AudioProbe wav(byte[] b) {
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		int at = 12;
		long byteRate = 0;
		long data = -1;
		String transcript = null;
		while (at + 8 <= b.length) {
			String id = new String(b, at, 4, StandardCharsets.US_ASCII);
			long size = buffer.getInt(at + 4) & 0xffffffffL;
			if (id.equals("fmt ")) {
				byteRate = buffer.getInt(at + 16) & 0xffffffffL;
			}
			else if (id.equals("data")) {
				data = Math.min(size, b.length - at - 8L);
			}
			else if (id.equals("fkai")) {
				transcript = new String(b, at + 8, (int) size, StandardCharsets.UTF_8);
			}
			at += 8 + (int) size + (int) (size & 1);
		}
		double seconds = (byteRate > 0 && data >= 0) ? (double) data / byteRate : estimate(b);
		return new AudioProbe("wav", seconds, transcript);
	}

	private static AudioProbe flac(byte[] b) {
		int at = 4;
		double seconds = -1;
		String transcript = null;
		boolean last = false;
		while (!last && at + 4 <= b.length) {
			int type = b[at] & 0x7f;
			last = (b[at] & 0x80) != 0;
			int length = ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
			int body = at + 4;
			if (type == 0) {
				long bits = ByteBuffer.wrap(b, body + 10, 8).order(ByteOrder.BIG_ENDIAN).getLong();
				long rate = bits >>> 44;
				long samples = bits & 0xfffffffffL;
				seconds = (rate > 0 && samples > 0) ? (double) samples / rate : -1;
			}
			else if (type == 4) {
				transcript = vorbisComment(b, body);
			}
			at = body + length;
		}
		return new AudioProbe("flac", (seconds >= 0) ? seconds : estimate(b), transcript);
	}

	private static AudioProbe ogg(byte[] b) {
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		long lastGranule = -1;
		int at = 0;
		int packet = 0;
		long rate = 48_000;
		long preSkip = 0;
		String transcript = null;
		while (at + 27 <= b.length && starts(b, at, "OggS")) {
			long granule = buffer.getLong(at + 6);
			int segments = b[at + 26] & 0xff;
			int data = at + 27 + segments;
			int length = 0;
			for (int i = 0; i < segments; i++) {
				int lace = b[at + 27 + i] & 0xff;
				length += lace;
				if (lace < 255) {
					int start = data;
					if (packet == 0 && starts(b, start, "OpusHead")) {
						preSkip = buffer.getShort(start + 10) & 0xffff;
					}
					else if (packet == 0 && b[start] == 1 && starts(b, start + 1, "vorbis")) {
						rate = buffer.getInt(start + 12) & 0xffffffffL;
					}
					else if (packet == 1 && starts(b, start, "OpusTags")) {
						transcript = vorbisComment(b, start + 8);
					}
					else if (packet == 1 && b[start] == 3 && starts(b, start + 1, "vorbis")) {
						transcript = vorbisComment(b, start + 7);
					}
					data += length;
					length = 0;
					packet++;
				}
			}
			if (granule >= 0) {
				lastGranule = granule;
			}
			at = data + length;
		}
		double seconds = (lastGranule > 0) ? Math.max(0, lastGranule - preSkip) / (double) rate : estimate(b);
		return new AudioProbe("ogg", seconds, transcript);
	}

	private static AudioProbe mp4(byte[] b) {
		String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
		String format = brand.startsWith("M4A") ? "m4a" : "mp4";
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
		double seconds = -1;
		int at = 0;
		while (at + 8 <= b.length && seconds < 0) {
			long size = buffer.getInt(at) & 0xffffffffL;
			String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
			int header = 8;
			if (size == 1) {
				size = buffer.getLong(at + 8);
				header = 16;
			}
			else if (size == 0) {
				size = b.length - at;
			}
			if (type.equals("moov")) {
				int inner = at + header;
				while (inner + 8 <= at + size && inner + 8 <= b.length) {
					int childSize = buffer.getInt(inner);
					if (new String(b, inner + 4, 4, StandardCharsets.US_ASCII).equals("mvhd")) {
						int version = b[inner + 8];
						long timescale = (version == 1) ? buffer.getInt(inner + 28) & 0xffffffffL
								: buffer.getInt(inner + 20) & 0xffffffffL;
						long duration = (version == 1) ? buffer.getLong(inner + 32)
								: buffer.getInt(inner + 24) & 0xffffffffL;
						seconds = (timescale > 0) ? (double) duration / timescale : -1;
						break;
					}
					inner += Math.max(8, childSize);
				}
			}
			if (size < 8) {
				break;
			}
			at += (int) Math.min(Integer.MAX_VALUE, size);
		}
		return new AudioProbe(format, (seconds >= 0) ? seconds : estimate(b), null);
	}

	private static AudioProbe webm(byte[] b) {
		long[] element = new long[3];
		int at = 0;
		double seconds = -1;
		long scale = 1_000_000;
		double duration = -1;
		int end = b.length;
		while (at < end) {
			if (!ebml(b, at, element)) {
				break;
			}
			long id = element[0];
			int dataStart = (int) element[2];
			long size = element[1];
			if (id == 0x18538067L || id == 0x1549A966L) {
				// Segment and Info: look inside.
				at = dataStart;
				continue;
			}
			if (id == 0x2AD7B1L) {
				scale = unsigned(b, dataStart, (int) size);
			}
			else if (id == 0x4489L) {
				ByteBuffer buffer = ByteBuffer.wrap(b, dataStart, (int) size).order(ByteOrder.BIG_ENDIAN);
				duration = (size == 4) ? buffer.getFloat() : buffer.getDouble();
			}
			if (size < 0 || dataStart + size > end) {
				break;
			}
			at = dataStart + (int) size;
		}
		if (duration >= 0) {
			seconds = duration * scale / 1e9;
		}
		return new AudioProbe("webm", (seconds >= 0) ? seconds : estimate(b), null);
	}

	/** An EBML element's id, size (-1 when unknown) and data offset. */
	private static boolean ebml(byte[] b, int at, long[] element) {
		int first = b[at] & 0xff;
		int idLength = Integer.numberOfLeadingZeros(first) - 23;
		if (first == 0 || idLength > 4) {
			return false;
		}
		long id = unsigned(b, at, idLength);
		int sizeAt = at + idLength;
		int sizeFirst = b[sizeAt] & 0xff;
		int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
		if (sizeFirst == 0 || sizeLength > 8) {
			return false;
		}
		long size = sizeFirst & (0xff >> sizeLength);
		boolean unknown = size == (0xff >> sizeLength);
		for (int i = 1; i < sizeLength; i++) {
			size = (size << 8) | (b[sizeAt + i] & 0xff);
			unknown &= (b[sizeAt + i] & 0xff) == 0xff;
		}
		element[0] = id;
		element[1] = unknown ? -1 : size;
		element[2] = sizeAt + sizeLength;
		return true;
	}

	private static long unsigned(byte[] b, int at, int length) {
		long value = 0;
		for (int i = 0; i < length; i++) {
			value = (value << 8) | (b[at + i] & 0xff);
		}
		return value;
	}

	private static AudioProbe mp3(byte[] b) {
		String transcript = null;
		int at = 0;
		if (starts(b, 0, "ID3")) {
			int major = b[3];
			int tagSize = syncsafe(b, 6);
			transcript = id3Transcript(b, 10, 10 + tagSize, major);
			at = 10 + tagSize;
		}
		double seconds = 0;
		int frames = 0;
		while (at + 4 <= b.length) {
			int h = ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
					| (b[at + 3] & 0xff);
			if ((h >>> 21) != 0x7ff) {
				at++;
				continue;
			}
			int version = (h >>> 19) & 3;
			int layer = (h >>> 17) & 3;
			int bitrateIndex = (h >>> 12) & 0xf;
			int rateIndex = (h >>> 10) & 3;
			int padding = (h >>> 9) & 1;
			if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
				at++;
				continue;
			}
			boolean mpeg1 = version == 3;
			int rate = SAMPLE_RATES[mpeg1 ? 0 : (version == 2) ? 1 : 2][rateIndex];
			int bitrate = (mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex] * 1000;
			int samples = mpeg1 ? 1152 : 576;
			int length = samples / 8 * bitrate / rate + padding;
			seconds += (double) samples / rate;
			frames++;
			at += Math.max(1, length);
		}
		return new AudioProbe("mp3", (frames > 0) ? seconds : estimate(b), transcript);
	}

	/** The {@code TXXX} frame of our key in an ID3v2.3 or 2.4 tag. */
	private static @Nullable String id3Transcript(byte[] b, int start, int end, int major) {
		int at = start;
		while (at + 10 <= Math.min(end, b.length)) {
			String id = new String(b, at, 4, StandardCharsets.US_ASCII);
			int size = (major >= 4) ? syncsafe(b, at + 4) : ByteBuffer.wrap(b, at + 4, 4).getInt();
			if (size <= 0 || id.charAt(0) == 0) {
				return null;
			}
			if (id.equals("TXXX") && b[at + 10] == 3) {
				String content = new String(b, at + 11, size - 1, StandardCharsets.UTF_8);
				int zero = content.indexOf('\0');
				if (zero > 0 && content.substring(0, zero).equals(KEY)) {
					return content.substring(zero + 1);
				}
			}
			at += 10 + size;
		}
		return null;
	}

	/** Our key's value in a Vorbis comment block (lengths little-endian). */
	private static @Nullable String vorbisComment(byte[] b, int at) {
		ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		int vendor = buffer.getInt(at);
		int position = at + 4 + vendor;
		int count = buffer.getInt(position);
		position += 4;
		for (int i = 0; i < count && position + 4 <= b.length; i++) {
			int length = buffer.getInt(position);
			String comment = new String(b, position + 4, length, StandardCharsets.UTF_8);
			if (comment.startsWith(KEY + "=")) {
				return comment.substring(KEY.length() + 1);
			}
			position += 4 + length;
		}
		return null;
	}

	private static int syncsafe(byte[] b, int at) {
		return ((b[at] & 0x7f) << 21) | ((b[at + 1] & 0x7f) << 14) | ((b[at + 2] & 0x7f) << 7) | (b[at + 3] & 0x7f);
	}

	private static boolean starts(byte[] b, int at, String text) {
		if (at + text.length() > b.length) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (b[at + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** 96 kbit/s: 12 kB a second. */
	private static double estimate(byte[] b) {
		return b.length / 12_000.0;
	}

}
