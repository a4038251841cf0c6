package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON with the keys the prompt asks for ("a JSON object with a single 'city' field",
 * "return JSON with keys name and age", or a template {@code {"name": ...}}), each filled
 * from the prompt by its name ({@link Slots}), or with the answer the other skills give
 * to the rest of the prompt where the key asks for the answer or is the only one.
 */
final class JsonSkill implements Skill {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("[\"']([A-Za-z_][\\w-]*)[\"']\\s*:");

	private static final Pattern QUOTED_KEY = Pattern.compile("[\"'`“‘]([A-Za-z_][\\w-]{0,40})[\"'`”’]");

	private static final Pattern NAMED_KEYS = Pattern.compile("\\b(?:keys?|fields?|properties|property|attributes?)"
			+ "(?: named| called)?:?\\s+((?:[a-z_][\\w-]*)(?:\\s*(?:,|and|&)\\s*(?:and\\s+)?[a-z_][\\w-]*)*)");

	private static final Pattern INSTRUCTION = Pattern
		.compile("(?i)[^.?!\\n]*\\b(?:json|keys?|fields?|properties)\\b[^.?!\\n]*[.?!]?");

	private static final Set<String> ANSWER_KEYS = Set.of("answer", "result", "value", "response", "output", "reply",
			"capital", "sum", "total", "solution");

	private static final Set<String> NOT_KEYS = Set.of("and", "with", "the", "a", "an", "of", "json", "object");

	private final Function<Ask, @Nullable Answer> chain;

	JsonSkill(Function<Ask, @Nullable Answer> chain) {
		this.chain = chain;
	}

	@Override
	public @Nullable Answer answer(Ask ask) {
		if (!ask.lower.contains("json")) {
			return null;
		}
		ObjectNode object = object(ask);
		return (object != null) ? Answer.of(object.toString()) : null;
	}

	/** The object the prompt asks for, or null when it names no keys. */
	@Nullable ObjectNode object(Ask ask) {
		List<String> keys = keys(ask.prompt);
		if (keys.isEmpty()) {
			return null;
		}
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		String source = withoutKeyNames(ask.prompt);
		for (String key : keys) {
			JsonNode value = Slots.field(key, source);
			if (value == null && (keys.size() == 1 || isAnswerKey(key))) {
				value = fromAnswer(ask);
			}
			object.set(key, (value != null) ? value : JsonNodeFactory.instance.nullNode());
		}
		return object;
	}

	/**
	 * What the other skills answer to the prompt without its JSON instruction, as a JSON
	 * value.
	 */
	@Nullable JsonNode fromAnswer(Ask ask) {
		String stem = INSTRUCTION.matcher(ask.prompt).replaceAll(" ").strip();
		Answer answer = stem.isEmpty() ? null : this.chain.apply(ask.withPrompt(stem));
		if (answer == null) {
			return null;
		}
		String core = answer.core();
		if (core.matches("-?\\d+(?:\\.\\d+)?") && core.length() < 19) {
			return JsonNodeFactory.instance.numberNode(new BigDecimal(core));
		}
		return JsonNodeFactory.instance.stringNode(core);
	}

	/**
	 * The prompt without the spans that name the keys, so a key's name is not read as a
	 * value.
	 */
	private static String withoutKeyNames(String prompt) {
		String text = prompt;
		int open = text.indexOf('{');
		int close = text.lastIndexOf('}');
		if (open >= 0 && close > open) {
			text = text.substring(0, open) + " " + text.substring(close + 1);
		}
		Matcher named = NAMED_KEYS.matcher(text.toLowerCase(Locale.ROOT));
		if (named.find()) {
			text = text.substring(0, named.start()) + " " + text.substring(named.end());
		}
		return QUOTED_KEY.matcher(text).replaceAll(" ");
	}

	static boolean isAnswerKey(String key) {
		return ANSWER_KEYS.contains(key.toLowerCase(Locale.ROOT));
	}

	static List<String> keys(String prompt) {
		Set<String> keys = new LinkedHashSet<>();
		int open = prompt.indexOf('{');
		int close = prompt.lastIndexOf('}');
		if (open >= 0 && close > open) {
			Matcher template = TEMPLATE_KEY.matcher(prompt.substring(open, close));
			while (template.find()) {
				keys.add(template.group(1));
			}
			if (!keys.isEmpty()) {
				return new ArrayList<>(keys);
			}
		}
		Matcher sentence = INSTRUCTION.matcher(prompt);
		while (sentence.find()) {
			String text = sentence.group();
			Matcher quoted = QUOTED_KEY.matcher(text);
			while (quoted.find()) {
				keys.add(quoted.group(1));
			}
			Matcher named = NAMED_KEYS.matcher(text.toLowerCase(Locale.ROOT));
			if (keys.isEmpty() && named.find()) {
				for (String key : named.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
					if (!key.isBlank() && !NOT_KEYS.contains(key.strip())) {
						keys.add(key.strip());
					}
				}
			}
		}
		return new ArrayList<>(keys);
	}

}
