package dev.fakeai.simulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import io.github.jaredmdobson.concentus.OpusDecoder;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.jflac.FLACDecoder;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * Reads audio back with decoders that are not ours (the JDK's WAV reader, jflac, JLayer,
 * Concentus over a minimal Ogg reader; AAC by its ADTS frame headers), for tests.
 */
public final class AudioDecoders {

	private AudioDecoders() {
	}

	/**
	 * How many 24 kHz mono samples an audio file decodes to.
	 * @param audio the file
	 * @param format {@code wav}, {@code flac}, {@code mp3}, {@code opus}, {@code aac} or
	 * {@code pcm}
	 * @return the samples (for AAC, 1,024 a frame)
	 * @throws Exception when the decoder refuses the file
	 */
	public static long samples(byte[] audio, String format) throws Exception {
		return switch (format) {
			case "wav" -> wav(audio).length / 2;
			case "flac" -> flac(audio).length / 2;
			case "mp3" -> mp3(audio);
			case "opus" -> opus(audio);
			case "aac" -> aacFrames(audio) * 1024L;
			case "pcm" -> audio.length / 2;
			default -> throw new IllegalArgumentException(format);
		};
	}

	/**
	 * How many samples our speech makes of a text at speed 1.0.
	 * @param text the text
	 * @return the samples
	 */
	public static long samplesOf(String text) {
		return Math.round(SpeechSynthesizer.seconds(text, 1.0) * SpeechSynthesizer.SAMPLE_RATE);
	}

	/**
	 * An MP4 file's boxes as far as its duration: {@code ftyp}, then {@code moov} with an
	 * {@code mvhd} (version 0); no media.
	 * @param brand the major brand, four characters ({@code M4A } for M4A)
	 * @param timescale units a second
	 * @param duration the duration in those units
	 * @return the file
	 */
	public static byte[] mp4(String brand, int timescale, int duration) {
		java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(16 + 8 + 108);
		file.putInt(16).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put(brand.getBytes(StandardCharsets.US_ASCII));
		file.putInt(0);
		file.putInt(8 + 108).put("moov".getBytes(StandardCharsets.US_ASCII));
		file.putInt(108).put("mvhd".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(0).putInt(0);
		file.putInt(timescale).putInt(duration);
		return file.array();
	}

	/** The little-endian samples of a WAV file, checked to be 24 kHz mono. */
	public static byte[] wav(byte[] wav) throws Exception {
		try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
			if (in.getFormat().getSampleRate() != 24_000f || in.getFormat().getChannels() != 1) {
				throw new IllegalStateException("not 24 kHz mono: " + in.getFormat());
			}
			return in.readAllBytes();
		}
	}

	/** The little-endian samples of a FLAC file. */
	public static byte[] flac(byte[] flac) throws Exception {
		ByteArrayOutputStream decoded = new ByteArrayOutputStream();
		FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(flac));
		decoder.addPCMProcessor(new PCMProcessor() {

			@Override
			public void processStreamInfo(StreamInfo info) {
			}

			@Override
			public void processPCM(ByteData pcm) {
				decoded.write(pcm.getData(), 0, pcm.getLen());
			}

		});
		decoder.decode();
		if (decoder.getBadFrames() > 0) {
			throw new IllegalStateException(decoder.getBadFrames() + " bad FLAC frames");
		}
		return decoded.toByteArray();
	}

	private static long mp3(byte[] mp3) throws Exception {
		Bitstream stream = new Bitstream(new ByteArrayInputStream(mp3));
		Decoder decoder = new Decoder();
		long decoded = 0;
		Header header;
		while ((header = stream.readFrame()) != null) {
			if (header.frequency() != 24_000) {
				throw new IllegalStateException("not 24 kHz: " + header.frequency());
			}
			decoded += ((SampleBuffer) decoder.decodeFrame(header, stream)).getBufferLength();
			stream.closeFrame();
		}
		return decoded;
	}

	private static long opus(byte[] ogg) throws Exception {
		List<byte[]> packets = oggPackets(ogg);
		if (!new String(packets.get(0), 0, 8, StandardCharsets.US_ASCII).equals("OpusHead")) {
			throw new IllegalStateException("no OpusHead");
		}
		OpusDecoder decoder = new OpusDecoder(24_000, 1);
		short[] frame = new short[24_000 / 50 * 6];
		long decoded = 0;
		for (byte[] packet : packets.subList(2, packets.size())) {
			decoded += decoder.decode(packet, 0, packet.length, frame, 0, frame.length, false);
		}
		return decoded;
	}

	/** The packets of an Ogg stream (RFC 3533), joined across lacing values. */
	public static List<byte[]> oggPackets(byte[] ogg) {
		List<byte[]> packets = new ArrayList<>();
		ByteArrayOutputStream packet = new ByteArrayOutputStream();
		int at = 0;
		while (at < ogg.length) {
			if (!new String(ogg, at, 4, StandardCharsets.US_ASCII).equals("OggS")) {
				throw new IllegalStateException("no Ogg page at " + at);
			}
			int segments = ogg[at + 26] & 0xff;
			int data = at + 27 + segments;
			for (int i = 0; i < segments; i++) {
				int lace = ogg[at + 27 + i] & 0xff;
				packet.write(ogg, data, lace);
				data += lace;
				if (lace < 255) {
					packets.add(packet.toByteArray());
					packet.reset();
				}
			}
			at = data;
		}
		return packets;
	}

	/**
	 * The ADTS frames of an AAC file after its ID3v2 tag, checked: 24 kHz AAC-LC mono.
	 */
	public static int aacFrames(byte[] aac) {
		int at = (aac.length > 10 && aac[0] == 'I' && aac[1] == 'D' && aac[2] == '3') ? 10 + syncsafe(aac, 6) : 0;
		int frames = 0;
		while (at < aac.length) {
			if ((aac[at] & 0xff) != 0xff || (aac[at + 1] & 0xf6) != 0xf0 || ((aac[at + 2] >> 2) & 0xf) != 6) {
				throw new IllegalStateException("no 24 kHz ADTS frame at " + at);
			}
			at += ((aac[at + 3] & 0x3) << 11) | ((aac[at + 4] & 0xff) << 3) | ((aac[at + 5] & 0xff) >> 5);
			frames++;
		}
		if (at != aac.length) {
			throw new IllegalStateException("a truncated ADTS frame");
		}
		return frames;
	}

	private static int syncsafe(byte[] bytes, int at) {
		return ((bytes[at] & 0x7f) << 21) | ((bytes[at + 1] & 0x7f) << 14) | ((bytes[at + 2] & 0x7f) << 7)
				| (bytes[at + 3] & 0x7f);
	}

}
