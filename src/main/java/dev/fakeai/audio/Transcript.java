package dev.fakeai.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.fakeai.simulation.PromptTopic;
import dev.fakeai.simulation.SpeechSynthesizer;
import dev.fakeai.simulation.TextComposer;
import org.jspecify.annotations.Nullable;

/**
 * A transcript with its timing: the text, one segment a sentence and one word a word,
 * each placed in the audio's duration in proportion to its words (as our speech says
 * them).
 *
 * @param text the transcript
 * @param seconds the audio's duration
 * @param segments the sentences, in order
 * @param words the words, in order
 */
record Transcript(String text, double seconds, List<Segment> segments, List<Word> words) {

	private static final TextComposer COMPOSER = new TextComposer();

	/**
	 * The most words made up for unknown audio: four and a half hours at 150 a minute.
	 */
	static final int MAX_WORDS = 40_000;

	/**
	 * The timing of a text over a duration.
	 * @param text the transcript
	 * @param seconds the audio's duration
	 * @return the transcript
	 */
	static Transcript of(String text, double seconds) {
		List<String> all = List.of(text.strip().split("\\s+"));
		List<String> spoken = all.stream().filter((word) -> !word.isBlank()).toList();
		double perWord = spoken.isEmpty() ? seconds : seconds / spoken.size();
		List<Segment> segments = new ArrayList<>();
		List<Word> words = new ArrayList<>();
		StringBuilder sentence = new StringBuilder();
		int sentenceStart = 0;
		for (int i = 0; i < spoken.size(); i++) {
			String word = spoken.get(i);
			words.add(new Word(word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$", ""), round(i * perWord),
					round((i + 1) * perWord)));
			sentence.append((sentence.length() > 0) ? " " : "").append(word);
			if (word.matches(".*[.!?]$") || i == spoken.size() - 1) {
				segments.add(new Segment(segments.size(), round(sentenceStart * perWord), round((i + 1) * perWord),
						sentence.toString()));
				sentence.setLength(0);
				sentenceStart = i + 1;
			}
		}
		return new Transcript(String.join(" ", spoken), seconds, segments, words);
	}

	/**
	 * What unknown audio is taken to say: as many words as a voice says in its duration
	 * (at {@link SpeechSynthesizer#WORDS_PER_MINUTE}), in sentences about the prompt's
	 * subject, the same for the same file.
	 * @param seed from the file's bytes
	 * @param seconds the audio's duration
	 * @param prompt the request's prompt, if any
	 * @return the text
	 */
	static String heard(long seed, double seconds, @Nullable String prompt) {
		int wanted = (int) Math.min(MAX_WORDS,
				Math.max(1, Math.round(seconds * SpeechSynthesizer.WORDS_PER_MINUTE / 60)));
		PromptTopic topic = PromptTopic.of((prompt != null && !prompt.isBlank()) ? prompt : "our plans for next week");
		SplittableRandom random = new SplittableRandom(seed);
		List<String> words = new ArrayList<>(wanted);
		for (int round = 0; words.size() < wanted && round < MAX_WORDS; round++) {
			for (String word : COMPOSER.answer(topic, random).replaceAll("[*#`>_|-]", " ").split("\\s+")) {
				if (!word.isBlank() && !word.matches("\\d+[.)]") && words.size() < wanted) {
					words.add(word);
				}
			}
		}
		String text = String.join(" ", words);
		if (!text.matches(".*[.!?]$")) {
			text = text.replaceAll("[,;:]$", "") + ".";
		}
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static double round(double seconds) {
		return Math.round(seconds * 100) / 100.0;
	}

	/**
	 * One sentence.
	 *
	 * @param id its index
	 * @param start seconds from the start
	 * @param end seconds from the start
	 * @param text the sentence
	 */
	record Segment(int id, double start, double end, String text) {
	}

	/**
	 * One word.
	 *
	 * @param word the word, without punctuation
	 * @param start seconds from the start
	 * @param end seconds from the start
	 */
	record Word(String word, double start, double end) {
	}

}
