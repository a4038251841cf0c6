package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer after tool results: what each tool returned, its values stated (a JSON
 * object's fields one by one, other text as given), so the answer uses the results as a
 * model does ("get_weather for Paris: temperature is 22, condition is sunny.").
 */
final class ToolResultSkill implements Skill {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_FIELDS = 12;

	private static final int MAX_TEXT = 2_000;

	@Override
	public @Nullable Answer answer(Ask ask) {
		List<Conversation.Turn> results = ask.conversation.trailingToolResults();
		if (results.isEmpty()) {
			return null;
		}
		List<String> sentences = new ArrayList<>();
		List<String> cores = new ArrayList<>();
		for (Conversation.Turn result : results) {
			String values = values(result.text());
			cores.add(values);
			sentences.add(subject(result) + ": " + values + ".");
		}
		return new Answer(String.join("\n", sentences), String.join("; ", cores));
	}

	private static String subject(Conversation.Turn result) {
		String tool = (result.toolName() != null) ? result.toolName() : "The tool";
		List<String> arguments = new ArrayList<>();
		if (result.toolArguments() != null) {
			try {
				JsonNode args = JSON.readTree(result.toolArguments());
				for (Map.Entry<String, JsonNode> entry : args.properties()) {
					if (entry.getValue().isValueNode() && arguments.size() < 3) {
						arguments.add(entry.getValue().asString());
					}
				}
			}
			catch (JacksonException ex) {
				// arguments that are not JSON are left out of the sentence
			}
		}
		return "According to " + tool + (arguments.isEmpty() ? "" : " for " + String.join(", ", arguments));
	}

	private static String values(String text) {
		String trimmed = text.strip();
		if (trimmed.startsWith("\"")) {
			try {
				JsonNode node = JSON.readTree(trimmed);
				if (node.isString()) {
					trimmed = node.asString().strip();
				}
			}
			catch (JacksonException ex) {
				// a quote that does not start a JSON string: stated as text below
			}
		}
		if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
			try {
				JsonNode node = JSON.readTree(trimmed);
				List<String> parts = new ArrayList<>();
				describe(node, "", parts);
				if (!parts.isEmpty()) {
					return capped(String.join(", ", parts));
				}
			}
			catch (JacksonException ex) {
				// not JSON: stated as text below
			}
		}
		return capped(Words.trimEnd(trimmed));
	}

	private static String capped(String text) {
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "..." : text;
	}

	private static void describe(JsonNode node, String prefix, List<String> parts) {
		if (parts.size() >= MAX_FIELDS) {
			return;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String key = entry.getKey().replace('_', ' ');
				describe(entry.getValue(), prefix.isEmpty() ? key : prefix + " " + key, parts);
			}
		}
		else if (node.isArray()) {
			List<String> items = new ArrayList<>();
			for (JsonNode item : node) {
				if (items.size() >= MAX_FIELDS) {
					items.add("...");
					break;
				}
				items.add(item.isValueNode() ? item.asString() : item.toString());
			}
			parts.add((prefix.isEmpty() ? "" : prefix + " are ") + String.join(", ", items));
		}
		else if (!node.isNull()) {
			parts.add(prefix.isEmpty() ? node.asString() : prefix + " is " + node.asString());
		}
	}

}
