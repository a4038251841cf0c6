package dev.fakeai.simulation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the transcription API reads from an upload: the format, the duration from the
 * container, and our speech's text, for our own files and for the containers we do not
 * write (MP4, M4A, WebM, Ogg Vorbis), built here by their specifications.
 */
class AudioProbeTests {

	private static final String TEXT = "Read me back, exactly.";

	@Test
	void ourOwnSpeechIsReadBackWithItsTextAndDuration() {
		short[] samples = SpeechSynthesizer.speak(TEXT, "echo", 1.0);
		for (String format : new String[] { "wav", "flac", "mp3", "opus" }) {
			AudioProbe probe = AudioProbe.of(AudioEncoding.encode(samples, format, TEXT));

			assertThat(probe).as(format).isNotNull();
			assertThat(probe.format()).isEqualTo(format.equals("opus") ? "ogg" : format);
			assertThat(probe.transcript()).as(format).isEqualTo(TEXT);
			assertThat(probe.seconds()).as(format).isCloseTo(samples.length / 24_000.0, within(0.1));
		}
	}

	@Test
	void mp4AndM4aDurationsComeFromTheMovieHeader() {
		assertThat(AudioProbe.of(AudioDecoders.mp4("M4A ", 44_100, 44_100 * 7)))
			.isEqualTo(new AudioProbe("m4a", 7.0, null));
		assertThat(AudioProbe.of(AudioDecoders.mp4("isom", 1000, 2500)).seconds()).isCloseTo(2.5, within(1e-9));
	}

	@Test
	void webmDurationComesFromTheSegmentInfo() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(
				new byte[] { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x84, 0x42, (byte) 0x82, (byte) 0x81, 'w' });
		ByteBuffer duration = ByteBuffer.allocate(8).putDouble(3500.0);
		byte[] info = concat(new byte[] { 0x2a, (byte) 0xd7, (byte) 0xb1, (byte) 0x83, 0x0f, 0x42, 0x40 },
				concat(new byte[] { 0x44, (byte) 0x89, (byte) 0x88 }, duration.array()));
		byte[] infoElement = concat(new byte[] { 0x15, 0x49, (byte) 0xa9, 0x66, (byte) (0x80 | info.length) }, info);
		out.writeBytes(new byte[] { 0x18, 0x53, (byte) 0x80, 0x67, (byte) 0x01, (byte) 0xff, (byte) 0xff, (byte) 0xff,
				(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff });
		out.writeBytes(infoElement);

		AudioProbe probe = AudioProbe.of(out.toByteArray());

		assertThat(probe.format()).isEqualTo("webm");
		assertThat(probe.seconds()).isCloseTo(3.5, within(1e-9));
	}

	@Test
	void anythingElseIsNoAudio() {
		assertThat(AudioProbe.of("just text".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(AudioProbe.of(new byte[0])).isNull();
		assertThat(AudioProbe.of(new byte[] { 'R', 'I', 'F', 'F' })).isNull();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
