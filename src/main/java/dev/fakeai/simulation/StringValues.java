package dev.fakeai.simulation;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Strings for a schema: a value in the schema's {@code format}, else text from the prompt
 * chosen by the property's name, then fitted to {@code pattern} (RgxGen) and to
 * {@code minLength}/{@code maxLength}, counted in code points as JSON Schema counts them.
 */
final class StringValues {

	/** Longest string made; longer {@code minLength}s are refused. */
	static final int MAX_STRING = 10_000;

	private final SplittableRandom random;

	private final PromptTopic topic;

	StringValues(SplittableRandom random, PromptTopic topic) {
		this.random = random;
		this.topic = topic;
	}

	String string(JsonNode schema, String name, String at) {
		int min = JsonInstanceGenerator.count(schema, "minLength", 0);
		int max = JsonInstanceGenerator.count(schema, "maxLength", Integer.MAX_VALUE);
		if (min > max) {
			throw new UnsatisfiableSchemaException("minLength", at,
					"minLength " + min + " is above maxLength " + max + ".");
		}
		if (min > MAX_STRING) {
			throw new UnsatisfiableSchemaException("minLength", at,
					"strings longer than " + MAX_STRING + " characters are not generated.");
		}
		String value = formatted(schema.path("format").asString(""), name);
		String pattern = schema.path("pattern").asString("");
		if (!pattern.isEmpty()) {
			String matching = PatternStrings.fit(pattern, value, min, Math.min(max, MAX_STRING), this.random);
			if (matching != null) {
				return matching;
			}
		}
		return fitted(value, min, max);
	}

	private static String fitted(String value, int min, int max) {
		StringBuilder text = new StringBuilder(value);
		int length = value.codePointCount(0, value.length());
		String filler = value.isEmpty() ? "x" : " " + value;
		int fillerLength = filler.codePointCount(0, filler.length());
		while (length < min) {
			text.append(filler);
			length += fillerLength;
		}
		int keep = (length > value.codePointCount(0, value.length())) ? min : Math.min(length, max);
		return text.substring(0, text.offsetByCodePoints(0, keep));
	}

	private String formatted(String format, String name) {
		return switch (format) {
			case "date-time" -> "2026-11-26T12:00:00Z";
			case "date" -> "2026-11-26";
			case "time" -> "12:00:00Z";
			case "email", "idn-email" -> "user@example.com";
			case "uri", "url", "iri" -> "https://example.com/" + slug(this.topic.keyword(0));
			case "uri-reference", "iri-reference" -> "/" + slug(this.topic.keyword(0));
			case "uuid" -> new UUID(this.random.nextLong(), this.random.nextLong()).toString();
			case "hostname", "idn-hostname" -> "example.com";
			case "ipv4" -> "192.0.2." + (1 + this.random.nextInt(254));
			case "ipv6" -> "2001:db8::" + Integer.toHexString(1 + this.random.nextInt(0xfffe));
			case "duration" -> "PT" + (1 + this.random.nextInt(59)) + "M";
			default -> textFor(name);
		};
	}

	private String textFor(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.contains("name") || lower.contains("title")) {
			return capitalized(this.topic.keyword(this.random.nextInt(4)));
		}
		if (lower.contains("location") || lower.contains("city") || lower.contains("place")
				|| lower.contains("country")) {
			return place();
		}
		if (lower.contains("query") || lower.contains("topic") || lower.contains("subject")
				|| lower.contains("search")) {
			return this.topic.subject();
		}
		if (lower.contains("description") || lower.contains("summary") || lower.contains("text")
				|| lower.contains("content") || lower.contains("reason") || lower.contains("answer")) {
			return "A short note about " + this.topic.subject() + ".";
		}
		if (lower.contains("unit")) {
			return "celsius";
		}
		if (lower.contains("language")) {
			return "en";
		}
		return this.topic.keyword(this.random.nextInt(8));
	}

	private String place() {
		for (String keyword : this.topic.keywords()) {
			if (Character.isUpperCase(keyword.charAt(0))) {
				return keyword;
			}
		}
		return "San Francisco";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
