package dev.fakeai.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sound of a text read aloud, without a voice model: for every word, one voiced burst
 * a syllable (a tone at the voice's pitch with three overtones and a falling contour, a
 * short noise for a leading consonant), a gap between words and a longer one after a
 * sentence. It has the rhythm and pitch of speech, not its words: no one can understand
 * it, and no speech recogniser should. A text takes the time a voice needs to say it:
 * {@value #WORDS_PER_MINUTE} words a minute at speed 1.0, faster or slower with the
 * speed. 24 kHz, 16-bit, mono, as OpenAI's speech is.
 */
public final class SpeechSynthesizer {

	/** OpenAI's speech sample rate. */
	public static final int SAMPLE_RATE = 24_000;

	/**
	 * Audio output tokens a second of speech: gpt-4o-mini-tts bills 12 USD a million of
	 * them and OpenAI prices its speech at about 0.015 USD a minute, so 1,250 a minute.
	 */
	public static final double OUTPUT_TOKENS_PER_SECOND = 1250 / 60.0;

	/** The pace at speed 1.0, a common figure for read-aloud English. */
	public static final double WORDS_PER_MINUTE = 150;

	/** The pitch of each built-in voice, in hertz; others get one from their name. */
	private static final Map<String, Double> PITCH = Map.ofEntries(Map.entry("alloy", 180.0), Map.entry("ash", 125.0),
			Map.entry("ballad", 140.0), Map.entry("coral", 210.0), Map.entry("echo", 115.0), Map.entry("fable", 165.0),
			Map.entry("nova", 220.0), Map.entry("onyx", 95.0), Map.entry("sage", 195.0), Map.entry("shimmer", 230.0),
			Map.entry("verse", 150.0), Map.entry("marin", 205.0), Map.entry("cedar", 105.0));

	private static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

	private SpeechSynthesizer() {
	}

	/**
	 * How long a voice takes to say a text.
	 * @param text the text
	 * @param speed 0.25 to 4.0
	 * @return seconds, at least a quarter of a second
	 */
	public static double seconds(String text, double speed) {
		return Math.max(0.25, words(text).size() * 60 / (WORDS_PER_MINUTE * speed));
	}

	/**
	 * Says a text.
	 * @param text the text
	 * @param voice the voice's name
	 * @param speed 0.25 to 4.0
	 * @return the samples, {@link #SAMPLE_RATE} a second
	 */
	public static short[] speak(String text, String voice, double speed) {
		List<String> words = words(text);
		int total = (int) Math.round(seconds(text, speed) * SAMPLE_RATE);
		short[] samples = new short[total];
		if (words.isEmpty()) {
			return samples;
		}
		double pitch = PITCH.getOrDefault(voice.toLowerCase(Locale.ROOT), 95.0 + Math.floorMod(voice.hashCode(), 135));
		int syllables = 0;
		for (String word : words) {
			syllables += syllables(word);
		}
		SplittableRandom noise = new SplittableRandom(text.hashCode() * 31L + voice.hashCode());
		double perSyllable = (double) total / syllables;
		int at = 0;
		for (String word : words) {
			int count = syllables(word);
			int wordLength = (int) Math.round(count * perSyllable);
			boolean sentenceEnd = word.matches(".*[.!?]$");
			int gap = (int) (wordLength * (sentenceEnd ? 0.35 : 0.15));
			int voiced = wordLength - gap;
			for (int s = 0; s < count; s++) {
				int start = at + voiced * s / count;
				int end = at + voiced * (s + 1) / count;
				boolean consonant = s == 0 && !"aeiouy".contains(word.substring(0, 1).toLowerCase(Locale.ROOT));
				syllable(samples, start, Math.min(end, total), pitch * (1 + 0.06 * ((s + at) % 3 - 1)), consonant,
						noise);
			}
			at = Math.min(total, at + wordLength);
		}
		return samples;
	}

	private static void syllable(short[] samples, int start, int end, double pitch, boolean consonant,
			SplittableRandom noise) {
		int length = end - start;
		if (length <= 0) {
			return;
		}
		int attack = Math.min(length / 4, SAMPLE_RATE / 100);
		int burst = consonant ? Math.min(length / 5, SAMPLE_RATE / 40) : 0;
		double phase = 0;
		for (int i = 0; i < length; i++) {
			double t = (double) i / length;
			double envelope = (i < attack) ? (double) i / Math.max(1, attack) : Math.pow(1 - t, 0.6);
			double frequency = pitch * (1.08 - 0.16 * t);
			phase += 2 * Math.PI * frequency / SAMPLE_RATE;
			double voice = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.3 * Math.sin(3 * phase)
					+ 0.15 * Math.sin(4 * phase);
			double sample = (i < burst) ? (noise.nextDouble() * 2 - 1) * 0.6 : voice / 1.95 * envelope;
			samples[start + i] = (short) Math.round(sample * AMPLITUDE);
		}
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Vowel groups, at least one. */
	static int syllables(String word) {
		int count = 0;
		boolean vowel = false;
		for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
			boolean isVowel = "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
			if (isVowel && !vowel) {
				count++;
			}
			vowel = isVowel;
		}
		return Math.max(1, Math.min(count, 6));
	}

}
