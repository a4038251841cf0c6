package dev.fakeai.simulation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.sciss.jump3r.lowlevel.LameEncoder;
import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;

import javax.sound.sampled.AudioFormat;

/**
 * Writes 24 kHz 16-bit mono samples in the formats of OpenAI's speech API, each carrying
 * the text it says, where the format has room for it, under the key
 * {@value #TRANSCRIPT_KEY} (so our transcription returns it exactly):
 * <ul>
 * <li>{@code pcm}: the raw samples, little-endian (no room);</li>
 * <li>{@code wav}: RIFF WAVE, the text in a chunk of its own ({@code fkai});</li>
 * <li>{@code flac}: FLAC with verbatim subframes (lossless, uncompressed), the text in
 * its Vorbis comment;</li>
 * <li>{@code mp3}: MPEG-2 Layer III by jump3r (a Java port of LAME), the text in an
 * ID3v2.4 {@code TXXX} frame;</li>
 * <li>{@code opus}: Opus by Concentus (a Java port of libopus) in Ogg pages, the text in
 * its OpusTags;</li>
 * <li>{@code aac}: ADTS AAC-LC frames of digital silence (no Java AAC encoder exists),
 * the text in an ID3v2.4 tag before them.</li>
 * </ul>
 */
public final class AudioEncoding {

	/** The metadata key the spoken text is kept under. */
	public static final String TRANSCRIPT_KEY = "FAKEAI_TRANSCRIPT";

	/** The media type of each format. */
	public static final Map<String, String> CONTENT_TYPES = Map.of("mp3", "audio/mpeg", "opus", "audio/opus", "aac",
			"audio/aac", "flac", "audio/flac", "wav", "audio/wav", "pcm", "audio/pcm");

	private static final int RATE = SpeechSynthesizer.SAMPLE_RATE;

	private static final int FLAC_BLOCK = 4096;

	private static final int OPUS_FRAME = RATE / 50;

	private static final int AAC_FRAME = 1024;

	private AudioEncoding() {
	}

	/**
	 * Encodes samples.
	 * @param samples 24 kHz, 16-bit, mono
	 * @param format one of {@link #CONTENT_TYPES}' keys
	 * @param transcript the text the samples say
	 * @return the file
	 */
	public static byte[] encode(short[] samples, String format, String transcript) {
		return switch (format) {
			case "pcm" -> littleEndian(samples);
			case "wav" -> wav(samples, transcript);
			case "flac" -> flac(samples, transcript);
			case "mp3" -> concat(id3(transcript), mp3(samples));
			case "opus" -> opus(samples, transcript);
			case "aac" -> concat(id3(transcript), aac(samples.length));
			default -> throw new IllegalArgumentException("No audio format " + format);
		};
	}

	static byte[] littleEndian(short[] samples) {
		byte[] bytes = new byte[samples.length * 2];
		for (int i = 0; i < samples.length; i++) {
			bytes[2 * i] = (byte) samples[i];
			bytes[2 * i + 1] = (byte) (samples[i] >> 8);
		}
		return bytes;
	}

	private static byte[] wav(short[] samples, String transcript) {
		byte[] text = transcript.getBytes(StandardCharsets.UTF_8);
		int textChunk = 8 + text.length + (text.length & 1);
		int data = samples.length * 2;
		Bytes out = new Bytes(44 + textChunk + data);
		out.ascii("RIFF").le32(4 + 24 + textChunk + 8 + data).ascii("WAVE");
		out.ascii("fmt ").le32(16).le16(1).le16(1).le32(RATE).le32(RATE * 2).le16(2).le16(16);
		out.ascii("fkai").le32(text.length).bytes(text);
		if ((text.length & 1) == 1) {
			out.u8(0);
		}
		out.ascii("data").le32(data).bytes(littleEndian(samples));
		return out.toByteArray();
	}

	private static byte[] flac(short[] samples, String transcript) {
		Bytes out = new Bytes(samples.length * 2 + 1024);
		out.ascii("fLaC");
		out.u8(0).be24(34);
		out.be16(FLAC_BLOCK).be16(FLAC_BLOCK).be24(0).be24(0);
		long rateChannelsBits = ((long) RATE << 44) | (0L << 41) | (15L << 36) | samples.length;
		out.be32((int) (rateChannelsBits >>> 32)).be32((int) rateChannelsBits);
		out.bytes(new byte[16]);
		byte[] comment = vorbisComment(transcript, false);
		out.u8(0x80 | 4).be24(comment.length).bytes(comment);
		for (int frame = 0, start = 0; start < samples.length; frame++, start += FLAC_BLOCK) {
			int size = Math.min(FLAC_BLOCK, samples.length - start);
			Bytes header = new Bytes(16);
			header.u8(0xff).u8(0xf8).u8(((size == FLAC_BLOCK) ? 0xc0 : 0x70) | 0x07).u8(0x08);
			utf8Number(header, frame);
			if (size != FLAC_BLOCK) {
				header.be16(size - 1);
			}
			byte[] head = header.toByteArray();
			Bytes whole = new Bytes(head.length + 3 + size * 2);
			whole.bytes(head).u8(crc8(head)).u8(0x02);
			for (int i = 0; i < size; i++) {
				whole.be16(samples[start + i]);
			}
			byte[] body = whole.toByteArray();
			out.bytes(body).be16(crc16(body));
		}
		return out.toByteArray();
	}

	private static void utf8Number(Bytes out, int value) {
		if (value < 0x80) {
			out.u8(value);
		}
		else if (value < 0x800) {
			out.u8(0xc0 | (value >> 6)).u8(0x80 | (value & 0x3f));
		}
		else if (value < 0x10000) {
			out.u8(0xe0 | (value >> 12)).u8(0x80 | ((value >> 6) & 0x3f)).u8(0x80 | (value & 0x3f));
		}
		else {
			out.u8(0xf0 | (value >> 18))
				.u8(0x80 | ((value >> 12) & 0x3f))
				.u8(0x80 | ((value >> 6) & 0x3f))
				.u8(0x80 | (value & 0x3f));
		}
	}

	private static byte[] mp3(short[] samples) {
		LameEncoder encoder = new LameEncoder(new AudioFormat(RATE, 16, 1, true, false), 64,
				LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_LOW, false);
		try {
			byte[] pcm = littleEndian(samples);
			byte[] buffer = new byte[encoder.getMP3BufferSize()];
			int chunk = encoder.getPCMBufferSize();
			ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 2 + 1024);
			for (int offset = 0; offset < pcm.length; offset += chunk) {
				int written = encoder.encodeBuffer(pcm, offset, Math.min(chunk, pcm.length - offset), buffer);
				out.write(buffer, 0, written);
			}
			out.write(buffer, 0, encoder.encodeFinish(buffer));
			return out.toByteArray();
		}
		finally {
			encoder.close();
		}
	}

	private static byte[] opus(short[] samples, String transcript) {
		try {
			OpusEncoder encoder = new OpusEncoder(RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
			encoder.setBitrate(32_000);
			int preSkip = encoder.getLookahead() * (48_000 / RATE);
			Ogg ogg = new Ogg(transcript.hashCode());
			Bytes head = new Bytes(19);
			head.ascii("OpusHead").u8(1).u8(1).le16(preSkip).le32(RATE).le16(0).u8(0);
			ogg.page(head.toByteArray(), 0, 0x02);
			Bytes tags = new Bytes(64);
			tags.ascii("OpusTags").bytes(vorbisComment(transcript, true));
			ogg.page(tags.toByteArray(), 0, 0);
			short[] frame = new short[OPUS_FRAME];
			byte[] packet = new byte[1500];
			int frames = (samples.length + OPUS_FRAME - 1) / OPUS_FRAME;
			for (int i = 0; i < frames; i++) {
				int from = i * OPUS_FRAME;
				java.util.Arrays.fill(frame, (short) 0);
				System.arraycopy(samples, from, frame, 0, Math.min(OPUS_FRAME, samples.length - from));
				int length = encoder.encode(frame, 0, OPUS_FRAME, packet, 0, packet.length);
				boolean last = i == frames - 1;
				long granule = preSkip + (last ? (long) samples.length : (long) (i + 1) * OPUS_FRAME) * (48_000 / RATE);
				ogg.packet(java.util.Arrays.copyOf(packet, length), granule, last);
			}
			return ogg.toByteArray();
		}
		catch (OpusException ex) {
			throw new IllegalStateException("Opus encoding failed", ex);
		}
	}

	/**
	 * ADTS AAC-LC frames whose single channel element has no bands: silence, 1,024
	 * samples each.
	 */
	private static byte[] aac(int samples) {
		int frames = Math.max(1, (samples + AAC_FRAME - 1) / AAC_FRAME);
		// id_syn_ele SCE, tag 0, global_gain 100, ics_info (long window, max_sfb 0), no
		// pulse, TNS or gain control data, then ID_END: 32 bits.
		byte[] raw = { 0x00, (byte) 0xc8, 0x00, 0x07 };
		int length = 7 + raw.length;
		Bytes out = new Bytes(frames * length);
		for (int i = 0; i < frames; i++) {
			out.u8(0xff).u8(0xf1);
			out.u8((1 << 6) | (6 << 2) | 0);
			out.u8((1 << 6) | ((length >> 11) & 0x3));
			out.u8((length >> 3) & 0xff);
			out.u8(((length & 0x7) << 5) | 0x1f);
			out.u8(0xfc);
			out.bytes(raw);
		}
		return out.toByteArray();
	}

	/** An ID3v2.4 tag with one {@code TXXX} frame holding the transcript, in UTF-8. */
	private static byte[] id3(String transcript) {
		byte[] description = TRANSCRIPT_KEY.getBytes(StandardCharsets.UTF_8);
		byte[] value = transcript.getBytes(StandardCharsets.UTF_8);
		int frameSize = 1 + description.length + 1 + value.length;
		Bytes out = new Bytes(10 + 10 + frameSize);
		out.ascii("ID3").u8(4).u8(0).u8(0).syncsafe(10 + frameSize);
		out.ascii("TXXX").syncsafe(frameSize).u8(0).u8(0);
		out.u8(3).bytes(description).u8(0).bytes(value);
		return out.toByteArray();
	}

	/** A Vorbis comment block (FLAC's, or OpusTags' without its framing bit). */
	private static byte[] vorbisComment(String transcript, boolean opus) {
		byte[] vendor = "fakeai".getBytes(StandardCharsets.UTF_8);
		byte[] comment = (TRANSCRIPT_KEY + "=" + transcript).getBytes(StandardCharsets.UTF_8);
		Bytes out = new Bytes(16 + vendor.length + comment.length);
		out.le32(vendor.length).bytes(vendor).le32(1).le32(comment.length).bytes(comment);
		return out.toByteArray();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	static int crc8(byte[] bytes) {
		int crc = 0;
		for (byte b : bytes) {
			crc ^= b & 0xff;
			for (int i = 0; i < 8; i++) {
				crc = ((crc & 0x80) != 0) ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
			}
		}
		return crc;
	}

	static int crc16(byte[] bytes) {
		int crc = 0;
		for (byte b : bytes) {
			crc ^= (b & 0xff) << 8;
			for (int i = 0; i < 8; i++) {
				crc = ((crc & 0x8000) != 0) ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
			}
		}
		return crc;
	}

	/**
	 * Ogg pages (RFC 3533): one packet a page for the headers, up to 50 a page after
	 * them.
	 */
	private static final class Ogg {

		private static final int[] CRC = crcTable();

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final int serial;

		private int sequence;

		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

		private final Bytes lacing = new Bytes(255);

		private int packets;

		Ogg(int serial) {
			this.serial = serial;
		}

		void page(byte[] packet, long granule, int flags) {
			Bytes segments = new Bytes(255);
			lace(segments, packet.length);
			write(flags, granule, segments.toByteArray(), packet);
		}

		void packet(byte[] packet, long granule, boolean last) {
			lace(this.lacing, packet.length);
			this.pending.writeBytes(packet);
			this.packets++;
			if (last || this.packets == 50) {
				write(last ? 0x04 : 0, granule, this.lacing.toByteArray(), this.pending.toByteArray());
				this.lacing.reset();
				this.pending.reset();
				this.packets = 0;
			}
		}

		private static void lace(Bytes segments, int length) {
			int left = length;
			while (left >= 255) {
				segments.u8(255);
				left -= 255;
			}
			segments.u8(left);
		}

		private void write(int flags, long granule, byte[] segments, byte[] data) {
			Bytes page = new Bytes(27 + segments.length + data.length);
			page.ascii("OggS").u8(0).u8(flags).le32((int) granule).le32((int) (granule >>> 32));
			page.le32(this.serial).le32(this.sequence++).le32(0).u8(segments.length).bytes(segments).bytes(data);
			byte[] bytes = page.toByteArray();
			int crc = 0;
			for (byte b : bytes) {
				crc = (crc << 8) ^ CRC[((crc >>> 24) ^ (b & 0xff)) & 0xff];
			}
			bytes[22] = (byte) crc;
			bytes[23] = (byte) (crc >>> 8);
			bytes[24] = (byte) (crc >>> 16);
			bytes[25] = (byte) (crc >>> 24);
			this.out.writeBytes(bytes);
		}

		byte[] toByteArray() {
			return this.out.toByteArray();
		}

		private static int[] crcTable() {
			int[] table = new int[256];
			for (int i = 0; i < 256; i++) {
				int r = i << 24;
				for (int j = 0; j < 8; j++) {
					r = ((r & 0x80000000) != 0) ? (r << 1) ^ 0x04c11db7 : r << 1;
				}
				table[i] = r;
			}
			return table;
		}

	}

	/** A growing byte array with the writes the containers need. */
	private static final class Bytes {

		private byte[] data;

		private int length;

		Bytes(int capacity) {
			this.data = new byte[Math.max(16, capacity)];
		}

		Bytes u8(int value) {
			if (this.length == this.data.length) {
				this.data = java.util.Arrays.copyOf(this.data, this.data.length * 2);
			}
			this.data[this.length++] = (byte) value;
			return this;
		}

		Bytes bytes(byte[] bytes) {
			if (this.length + bytes.length > this.data.length) {
				this.data = java.util.Arrays.copyOf(this.data,
						Math.max(this.data.length * 2, this.length + bytes.length));
			}
			System.arraycopy(bytes, 0, this.data, this.length, bytes.length);
			this.length += bytes.length;
			return this;
		}

		Bytes ascii(String text) {
			return bytes(text.getBytes(StandardCharsets.US_ASCII));
		}

		Bytes le16(int value) {
			return u8(value).u8(value >> 8);
		}

		Bytes le32(int value) {
			return u8(value).u8(value >> 8).u8(value >> 16).u8(value >> 24);
		}

		Bytes be16(int value) {
			return u8(value >> 8).u8(value);
		}

		Bytes be24(int value) {
			return u8(value >> 16).u8(value >> 8).u8(value);
		}

		Bytes be32(int value) {
			return u8(value >> 24).u8(value >> 16).u8(value >> 8).u8(value);
		}

		Bytes syncsafe(int value) {
			return u8((value >> 21) & 0x7f).u8((value >> 14) & 0x7f).u8((value >> 7) & 0x7f).u8(value & 0x7f);
		}

		void reset() {
			this.length = 0;
		}

		byte[] toByteArray() {
			return java.util.Arrays.copyOf(this.data, this.length);
		}

	}

}
