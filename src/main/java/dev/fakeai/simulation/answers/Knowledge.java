package dev.fakeai.simulation.answers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The data the skills know, read once from {@code /fakeai/answers/*.tsv}, each file with
 * its sources in its header: capitals, facts, lists of common things, phrases and
 * greetings in other languages, and words that name the same need for choosing tools.
 */
final class Knowledge {

	/**
	 * A country, its names, and its capital's names (the first of each is the one answers
	 * use).
	 */
	record Country(List<String> names, List<String> capitals) {
	}

	/**
	 * A fact: the terms a question must have, the words it may have, the short and full
	 * answer.
	 */
	record Fact(List<List<String>> required, List<String> optional, String core, String full) {
	}

	/** A list of common things, in a fixed order or to choose from. */
	record CommonList(List<String> names, boolean ordered, List<String> items) {
	}

	/** A joke: its set-up, its punchline and the topics it is about. */
	record Joke(String setUp, String punchline, List<String> topics) {
	}

	/** A reply to a greeting or thanks in another language. */
	record Greeting(String kind, List<String> starts, String reply) {
	}

	private static final Knowledge INSTANCE = new Knowledge();

	final List<Country> countries;

	/** Countries by each of their names, lower case, without a leading "the". */
	private final Map<String, Country> byName = new HashMap<>();

	final List<Fact> facts;

	final List<CommonList> lists;

	/** English phrase wordings to translations by language name. */
	final Map<String, Map<String, String>> phrases;

	/** Every name of a language to its column name. */
	final Map<String, String> languages;

	final List<Greeting> greetings;

	final List<Joke> jokes;

	/** Word stems to the group of same-need words they belong to. */
	final Map<String, Integer> toolWords;

	private Knowledge() {
		this.countries = rows("capitals.tsv").stream().map((row) -> new Country(split(row[0]), split(row[1]))).toList();
		for (Country country : this.countries) {
			for (String known : country.names()) {
				this.byName.putIfAbsent(withoutThe(known.toLowerCase(Locale.ROOT)), country);
			}
		}
		this.facts = rows("facts.tsv").stream().map(Knowledge::fact).toList();
		this.lists = rows("lists.tsv").stream()
			.map((row) -> new CommonList(split(row[0]), row[1].equals("ordered"), List.of(row[2].split(",\\s*"))))
			.toList();
		this.greetings = rows("greetings.tsv").stream()
			.map((row) -> new Greeting(row[0], split(row[1]), row[2]))
			.toList();
		this.jokes = rows("jokes.tsv").stream().map((row) -> new Joke(row[0], row[1], split(row[2]))).toList();
		this.languages = new LinkedHashMap<>();
		this.phrases = new LinkedHashMap<>();
		List<String[]> phraseRows = rows("phrases.tsv");
		String[] header = phraseRows.get(0);
		for (int column = 1; column < header.length; column++) {
			for (String name : split(header[column])) {
				this.languages.put(name, split(header[column]).get(0));
			}
		}
		for (String[] row : phraseRows.subList(1, phraseRows.size())) {
			Map<String, String> translations = new LinkedHashMap<>();
			for (int column = 1; column < row.length; column++) {
				translations.put(split(header[column]).get(0), row[column]);
			}
			for (String wording : split(row[0])) {
				this.phrases.put(wording, translations);
			}
		}
		this.toolWords = new LinkedHashMap<>();
		List<String[]> groups = rows("tool-words.tsv");
		for (int group = 0; group < groups.size(); group++) {
			for (String word : groups.get(group)) {
				this.toolWords.putIfAbsent(Words.stem(word), group);
			}
		}
	}

	static Knowledge get() {
		return INSTANCE;
	}

	private static Fact fact(String[] row) {
		List<List<String>> required = new ArrayList<>();
		List<String> optional = new ArrayList<>();
		for (String term : row[0].split(" ")) {
			if (term.startsWith("?")) {
				optional.add(Words.stem(term.substring(1)));
			}
			else {
				required.add(Arrays.stream(term.split("\\|")).map(Words::stem).toList());
			}
		}
		return new Fact(required, optional, row[1], row[2]);
	}

	private static List<String> split(String names) {
		return List.of(names.split("\\|"));
	}

	private static List<String[]> rows(String file) {
		String resource = "/fakeai/answers/" + file;
		try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the class path");
			}
			List<String[]> rows = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t"));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource, ex);
		}
	}

	/**
	 * Every country's names as a regular expression alternation (case-sensitive, longest
	 * first).
	 */
	String countryNames() {
		return this.countries.stream()
			.flatMap((country) -> country.names().stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.reduce((a, b) -> a + "|" + b)
			.map((names) -> "(?:" + names + ")\\b")
			.orElse("(?!)");
	}

	/** The country a name names (any of its names, any case), or null. */
	@Nullable Country country(String name) {
		return this.byName.get(withoutThe(name.toLowerCase(Locale.ROOT)));
	}

	private static String withoutThe(String lower) {
		return lower.startsWith("the ") ? lower.substring(4) : lower;
	}

}
