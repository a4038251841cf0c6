package dev.fakeai.simulation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every speech format written, then read back by a decoder that is not ours: the JDK's
 * WAV reader, jflac, JLayer (MP3), Concentus' decoder over our Ogg pages, and the ADTS
 * frame headers of AAC; each of the length of the samples and carrying the text where the
 * format has room.
 */
class AudioEncodingTests {

	private static final String TEXT = "The quick brown fox jumps over the lazy dog. It was not amused!";

	private final short[] samples = SpeechSynthesizer.speak(TEXT, "alloy", 1.0);

	@Test
	void theVoiceTakesTheTimeTheWordsNeed() {
		assertThat(SpeechSynthesizer.seconds(TEXT, 1.0)).isCloseTo(13 * 60 / 150.0, within(1e-9));
		assertThat(this.samples.length).isEqualTo((int) Math.round(13 * 60 / 150.0 * 24_000));
		assertThat(SpeechSynthesizer.seconds(TEXT, 2.0)).isCloseTo(SpeechSynthesizer.seconds(TEXT, 1.0) / 2,
				within(1e-9));
		long loud = 0;
		for (short sample : this.samples) {
			loud += (Math.abs(sample) > 1000) ? 1 : 0;
		}
		assertThat(loud).as("mostly sound, with gaps").isBetween(this.samples.length / 3L, this.samples.length - 1L);
		assertThat(SpeechSynthesizer.speak(TEXT, "onyx", 1.0)).as("another voice, another pitch")
			.isNotEqualTo(this.samples);
	}

	@Test
	void wavIsReadByTheJdkAndCarriesTheText() throws Exception {
		byte[] wav = AudioEncoding.encode(this.samples, "wav", TEXT);

		assertThat(AudioDecoders.wav(wav)).isEqualTo(AudioEncoding.littleEndian(this.samples));
		assertThat(new String(wav, StandardCharsets.UTF_8)).contains("fkai", TEXT);
	}

	@Test
	void flacIsLosslessForJflacAndCarriesTheText() throws Exception {
		byte[] flac = AudioEncoding.encode(this.samples, "flac", TEXT);

		assertThat(AudioDecoders.flac(flac)).isEqualTo(AudioEncoding.littleEndian(this.samples));
		assertThat(new String(flac, StandardCharsets.UTF_8)).contains(AudioEncoding.TRANSCRIPT_KEY + "=" + TEXT);
	}

	@Test
	void mp3IsDecodedByJlayerToTheSameLength() throws Exception {
		byte[] mp3 = AudioEncoding.encode(this.samples, "mp3", TEXT);

		assertThat((double) AudioDecoders.samples(mp3, "mp3")).as("within the encoder's padding")
			.isCloseTo(this.samples.length, within(24_000 * 0.2));
		assertThat(new String(mp3, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("ID3");
		assertThat(new String(mp3, StandardCharsets.UTF_8)).contains(AudioEncoding.TRANSCRIPT_KEY, TEXT);
	}

	@Test
	void opusPagesAreDecodedByConcentusToTheSameLength() throws Exception {
		byte[] opus = AudioEncoding.encode(this.samples, "opus", TEXT);

		assertThat(new String(AudioDecoders.oggPackets(opus).get(1), StandardCharsets.UTF_8)).startsWith("OpusTags")
			.contains(AudioEncoding.TRANSCRIPT_KEY + "=" + TEXT);
		assertThat((double) AudioDecoders.samples(opus, "opus")).isCloseTo(this.samples.length, within(24_000 * 0.03));
	}

	@Test
	void aacIsAdtsFramesOfTheSameLength() {
		byte[] aac = AudioEncoding.encode(this.samples, "aac", TEXT);

		assertThat(AudioDecoders.aacFrames(aac)).isEqualTo((this.samples.length + 1023) / 1024);
		assertThat(new String(aac, StandardCharsets.UTF_8)).contains(AudioEncoding.TRANSCRIPT_KEY, TEXT);
	}

	@Test
	void pcmIsTheRawSamples() {
		assertThat(AudioEncoding.encode(this.samples, "pcm", TEXT)).hasSize(this.samples.length * 2);
	}

}
