package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills named fields (a tool's arguments, a JSON answer's keys) from a prompt, by each
 * field's name, description, type, enum and format: literal {@code name=value} pairs as
 * given, enum values the prompt names, places for city, location and country, numbers
 * next to the field's words, ISO dates, e-mail addresses, URLs, ids, names, tickers and
 * quoted or trailing text for queries. A field the prompt says nothing of is left out.
 */
public final class Slots {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> PLACE_WORDS = Set.of("city", "location", "place", "town", "destination", "origin",
			"address", "region", "area", "where", "country", "state", "locality", "venue", "departure", "arrival");

	private static final Set<String> ORIGIN_WORDS = Set.of("origin", "from", "departure", "source", "start");

	private static final Set<String> DESTINATION_WORDS = Set.of("destination", "to", "arrival", "target", "end");

	private static final Set<String> ID_WORDS = Set.of("id", "identifier", "number", "code", "sku", "reference", "ref",
			"no", "num", "key");

	private static final Set<String> NAME_WORDS = Set.of("name", "person", "user", "username", "author", "recipient",
			"who", "customer", "contact", "first", "last", "full", "owner", "employee", "surname", "actor", "artist",
			"director", "writer", "singer", "player", "speaker", "sender", "given", "family");

	private static final Set<String> FIRST_NAME = Set.of("first", "given");

	private static final Set<String> LAST_NAME = Set.of("last", "surname", "family");

	private static final Set<String> TEXT_WORDS = Set.of("query", "q", "search", "keyword", "keywords", "term", "topic",
			"question", "text", "prompt", "input", "message", "content", "subject", "body", "title", "description",
			"note", "expression", "phrase", "sentence");

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?![\\w-])");

	private static final Pattern DATE = Pattern
		.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?\\b");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

	private static final Pattern ID = Pattern
		.compile("(?<![\\w-])#?((?=[\\w-]*\\d)[A-Za-z0-9][A-Za-z0-9_-]*)(?![\\w-])");

	private static final Pattern TICKER = Pattern.compile("\\b(?!I\\b|A\\b)[A-Z]{1,5}\\b");

	private static final Pattern PERSON = Pattern
		.compile("(?<=[\\p{L},:] )([\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+)?)");

	/**
	 * A name after the words that introduce one: "named", "called", "my name is", "Mr.".
	 */
	private static final Pattern NAMED_PERSON = Pattern
		.compile("(?i:named|called|name is|name's|i'm|i am|mr\\.?|mrs\\.?|"
				+ "ms\\.?|dr\\.?|dear|by|for|with|to|from|user|customer|author)\\s+([\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+)?)");

	/** Capitalised words that start sentences, not names. */
	private static final Set<String> NOT_NAMES = Set.of("In", "The", "A", "An", "On", "At", "It", "He", "She", "We",
			"They", "This", "That", "These", "Those", "My", "Our", "Your", "His", "Her", "Their", "What", "When",
			"Where", "Who", "Why", "How", "Please", "Hi", "Hello", "Dear", "Extract", "Create", "Find", "Get", "Send",
			"Book", "Give", "Tell", "Show", "Return", "Make", "Add", "Set", "Use", "If", "And", "But", "Or", "For",
			"From", "With", "To", "As", "Of", "By", "After", "Before", "During", "Today", "Yesterday", "Tomorrow");

	private static final Pattern TRAILING_TEXT = Pattern
		.compile("\\b(?:for|about|on|regarding|called|named|titled)\\s+" + "(.+?)[\\s?.!]*$", Pattern.CASE_INSENSITIVE);

	private final String clause;

	private final String prompt;

	private final Set<String> used = new HashSet<>();

	private Slots(String clause, String prompt) {
		this.clause = clause;
		this.prompt = prompt;
	}

	/**
	 * The values an object schema's properties take from a clause of a prompt (the whole
	 * prompt where the clause says nothing).
	 * @param schema an object schema
	 * @param clause the part of the prompt the call is for
	 * @param prompt the whole prompt
	 * @return the values found, by property name, in the schema's order
	 */
	public static ObjectNode fill(JsonNode schema, String clause, String prompt) {
		Slots slots = new Slots(clause, prompt);
		ObjectNode values = NODES.objectNode();
		JsonNode properties = schema.path("properties");
		for (String name : properties.propertyNames()) {
			JsonNode value = slots.value(name, properties.path(name));
			if (value != null) {
				values.set(name, value);
			}
		}
		for (String name : properties.propertyNames()) {
			String type = properties.path(name).path("type").asString("");
			boolean numeric = type.equals("integer") || type.equals("number");
			if (!values.has(name) && numeric && !properties.path(name).has("enum")) {
				JsonNode value = slots.number(List.of(), type.equals("integer"), true);
				if (value != null) {
					values.set(name, value);
				}
			}
		}
		return values;
	}

	/**
	 * The value of one named field, without a schema, from a prompt.
	 * @param name the field's name
	 * @param prompt the prompt
	 * @return its value, or null
	 */
	static @Nullable JsonNode field(String name, String prompt) {
		return new Slots(prompt, prompt).value(name, NODES.objectNode());
	}

	private @Nullable JsonNode value(String name, JsonNode schema) {
		List<String> words = Words.ofName(name);
		Set<String> all = new HashSet<>(words);
		all.addAll(Words.of(schema.path("description").asString("")));
		String type = schema.path("type").isString() ? schema.path("type").asString() : "any";
		JsonNode literal = literal(name, words, type);
		if (literal != null) {
			return literal;
		}
		if (schema.path("enum").isArray()) {
			return enumValue(schema.path("enum"));
		}
		return switch (type) {
			case "integer", "number" -> number(words, type.equals("integer"), false);
			case "string" -> string(words, all, schema.path("format").asString(""));
			case "any" -> {
				JsonNode text = string(words, all, "");
				yield (text != null) ? text : number(words, false, false);
			}
			default -> null;
		};
	}

	/** {@code name=value}, {@code name: value} or {@code "name": value} as written. */
	private @Nullable JsonNode literal(String name, List<String> words, String type) {
		String names = Pattern.quote(name) + "|" + String.join("[ _-]?", words.stream().map(Pattern::quote).toList());
		Matcher matcher = Pattern
			.compile("(?i)[\"']?\\b(?:" + names + ")\\b[\"']?\\s*(?:=|:|\\bis\\b|\\bof\\b)\\s*"
					+ "(\"[^\"]*\"|'[^']*'|[^\\s,;)]+)")
			.matcher(this.clause);
		if (!matcher.find()) {
			return null;
		}
		String raw = matcher.group(1).replaceAll("^[\"']|[\"']$", "");
		raw = raw.replaceAll("[.!?]+$", "");
		return typed(raw, type);
	}

	private static @Nullable JsonNode typed(String raw, String type) {
		switch (type) {
			case "integer":
				return raw.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(raw)) : null;
			case "number":
				return raw.matches("-?\\d+(?:\\.\\d+)?") ? NODES.numberNode(new BigDecimal(raw)) : null;
			case "boolean":
				return raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")
						? NODES.booleanNode(Boolean.parseBoolean(raw.toLowerCase(Locale.ROOT))) : null;
			default:
				return NODES.stringNode(raw);
		}
	}

	private @Nullable JsonNode enumValue(JsonNode options) {
		String lower = this.clause.toLowerCase(Locale.ROOT);
		List<String> words = Words.of(this.clause).stream().map(Words::stem).toList();
		for (JsonNode option : options) {
			if (option.isString()) {
				String text = option.asString().toLowerCase(Locale.ROOT);
				boolean named = Pattern.compile("\\b" + Pattern.quote(text) + "\\b").matcher(lower).find()
						|| words.contains(Words.stem(text));
				if (named) {
					return option;
				}
			}
			else if (option.isNumber()
					&& Pattern.compile("\\b" + Pattern.quote(option.asString()) + "\\b").matcher(lower).find()) {
				return option;
			}
		}
		return null;
	}

	/**
	 * The number next to a field's words, else the only one, else (in order, for the
	 * fields no word placed) the first not yet used.
	 */
	private @Nullable JsonNode number(List<String> words, boolean integer, boolean inOrder) {
		List<int[]> found = new ArrayList<>();
		List<int[]> dates = DATE.matcher(this.clause).results().map((d) -> new int[] { d.start(), d.end() }).toList();
		Matcher matcher = NUMBER.matcher(this.clause);
		while (matcher.find()) {
			int start = matcher.start();
			boolean inDate = dates.stream().anyMatch((d) -> d[0] <= start && d[1] > start);
			if (!inDate && !this.used.contains("n" + start)) {
				found.add(new int[] { start, matcher.end() });
			}
		}
		String lower = this.clause.toLowerCase(Locale.ROOT);
		int[] best = null;
		for (int[] span : found) {
			String around = lower.substring(Math.max(0, span[0] - 24), Math.min(lower.length(), span[1] + 24));
			if (words.stream().anyMatch((word) -> word.length() > 1 && around.contains(Words.stem(word)))) {
				best = span;
				break;
			}
		}
		if (best == null && (found.size() == 1 || inOrder && !found.isEmpty()) && !words.contains("id")) {
			best = found.get(0);
		}
		if (best == null) {
			return null;
		}
		String raw = this.clause.substring(best[0], best[1]);
		if (integer && raw.contains(".") || raw.length() > 18) {
			return null;
		}
		this.used.add("n" + best[0]);
		return integer ? NODES.numberNode(Long.parseLong(raw)) : NODES.numberNode(new BigDecimal(raw));
	}

	private @Nullable JsonNode string(List<String> words, Set<String> all, String format) {
		if (format.startsWith("date") || words.contains("date") || words.contains("day") || words.contains("when")) {
			Matcher date = DATE.matcher(this.clause);
			if (date.find()) {
				return NODES.stringNode(format.equals("date") ? date.group().substring(0, 10) : date.group());
			}
		}
		if (format.equals("email") || all.contains("email") || all.contains("e-mail") || words.contains("mail")
				|| words.equals(List.of("to"))) {
			JsonNode email = first(EMAIL, this.clause);
			if (email != null || !words.equals(List.of("to"))) {
				return email;
			}
		}
		if (format.startsWith("uri") || all.contains("url") || words.contains("link") || words.contains("uri")) {
			return first(URL, this.clause);
		}
		if (words.stream()
			.anyMatch((word) -> PLACE_WORDS.contains(word) || ORIGIN_WORDS.contains(word)
					|| DESTINATION_WORDS.contains(word))) {
			return place(words);
		}
		if (words.contains("symbol") || words.contains("ticker")) {
			return first(TICKER, this.clause);
		}
		if (words.contains("language") || words.contains("lang")) {
			return language();
		}
		if (words.stream().anyMatch(ID_WORDS::contains)) {
			return id();
		}
		if (words.stream().anyMatch(NAME_WORDS::contains)) {
			return person(words.stream().anyMatch(FIRST_NAME::contains) ? 0
					: words.stream().anyMatch(LAST_NAME::contains) ? -1 : 1);
		}
		if (words.stream().anyMatch(TEXT_WORDS::contains)) {
			return text();
		}
		return null;
	}

	private @Nullable JsonNode place(List<String> words) {
		boolean country = words.contains("country");
		boolean city = words.contains("city") || words.contains("town");
		String source = this.clause;
		List<Places.Place> places = Places.in(source);
		if (places.isEmpty() && !this.clause.equals(this.prompt)) {
			source = this.prompt;
			places = Places.in(source);
		}
		String after = words.stream().anyMatch(ORIGIN_WORDS::contains) ? "from"
				: words.stream().anyMatch(DESTINATION_WORDS::contains) ? "to" : null;
		for (Places.Place place : country ? places : Places.distinct(places)) {
			boolean fits = country ? place.country() : !city || !place.country();
			if (after != null) {
				String before = source.substring(Math.max(0, place.start() - after.length() - 1), place.start());
				fits = fits && before.toLowerCase(Locale.ROOT).strip().endsWith(after);
			}
			if (fits && this.used.add("p" + place.name())) {
				Knowledge.Country known = country ? Knowledge.get().country(place.name()) : null;
				return NODES.stringNode((known != null) ? known.names().get(0) : place.name());
			}
		}
		return null;
	}

	private @Nullable JsonNode language() {
		for (String word : Words.of(this.clause)) {
			String column = Knowledge.get().languages.get(word);
			if (column != null) {
				return NODES.stringNode(Words.capitalize(column));
			}
		}
		return null;
	}

	private @Nullable JsonNode id() {
		Matcher matcher = ID.matcher(this.clause);
		while (matcher.find()) {
			if (this.used.add("i" + matcher.group(1))) {
				return NODES.stringNode(matcher.group(1));
			}
		}
		return null;
	}

	/**
	 * A capitalised name that is not a place or a language: its first word (part 0), its
	 * last (-1) or all of it (1).
	 */
	private @Nullable JsonNode person(int part) {
		Set<String> places = new HashSet<>();
		for (Places.Place place : Places.in(this.clause)) {
			places.add(place.name());
		}
		for (Pattern pattern : List.of(NAMED_PERSON, PERSON)) {
			JsonNode found = person(pattern, part, places);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private @Nullable JsonNode person(Pattern pattern, int part, Set<String> places) {
		Matcher matcher = pattern.matcher(this.clause);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (NOT_NAMES.contains(name.split(" ")[0])) {
				continue;
			}
			String[] words = name.split(" ");
			String value = (part == 0) ? words[0] : (part < 0) ? words[words.length - 1] : name;
			if (!places.contains(name) && !Knowledge.get().languages.containsKey(name.toLowerCase(Locale.ROOT))
					&& this.used.add("h" + part + name)) {
				return NODES.stringNode(value);
			}
		}
		return null;
	}

	private @Nullable JsonNode text() {
		List<String> quotes = Words.quoted(this.clause);
		if (!quotes.isEmpty()) {
			return NODES.stringNode(quotes.get(0));
		}
		Matcher trailing = TRAILING_TEXT.matcher(this.clause);
		if (trailing.find()) {
			return NODES.stringNode(trailing.group(1));
		}
		String text = Words.trimEnd(this.clause);
		return text.isEmpty() ? null : NODES.stringNode(text);
	}

	private static @Nullable JsonNode first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? NODES.stringNode(matcher.group()) : null;
	}

}
