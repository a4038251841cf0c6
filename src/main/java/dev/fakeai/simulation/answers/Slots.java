package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
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

	private static final Set<String> ID_WORDS = Set.of("id", "identifier", "number", "code", "sku", "reference", "ref",
			"no", "num", "key");

	private static final Set<String> NAME_WORDS = Set.of("name", "person", "user", "username", "author", "recipient",
			"who", "customer", "contact", "first", "last", "full", "owner", "employee", "surname", "actor", "artist",
			"director", "writer", "singer", "player", "speaker", "sender", "given", "family");

	private static final Set<String> TEXT_WORDS = Set.of("query", "q", "search", "keyword", "keywords", "term", "topic",
			"question", "text", "prompt", "input", "message", "content", "subject", "body", "title", "description",
			"note", "expression", "phrase", "sentence");

	static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?\\b");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

	private static final Pattern ID = Pattern
		.compile("(?<![\\w-])#?((?=[\\w-]*\\d)[A-Za-z0-9][A-Za-z0-9_-]*)(?![\\w-])");

	private static final Pattern TICKER = Pattern.compile("\\b(?!I\\b|A\\b)[A-Z]{1,5}\\b");

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
		return Quantities.forField(words, integer, inOrder, this.clause, this.used);
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
		if (Places.isPlaceField(words)) {
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
			return person(words);
		}
		if (words.stream().anyMatch(TEXT_WORDS::contains)) {
			return text();
		}
		return null;
	}

	private @Nullable JsonNode place(List<String> words) {
		String place = Places.forField(words, this.clause, this.prompt, this.used);
		return (place != null) ? NODES.stringNode(place) : null;
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

	private @Nullable JsonNode person(List<String> words) {
		String name = Persons.forField(words, this.clause, this.used);
		return (name != null) ? NODES.stringNode(name) : null;
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
