package dev.fakeai.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programming language the composer writes code in, with its templates, read from
 * {@code fakeai/code-languages.json} (data, with its source noted there).
 *
 * @param id the language's id, e.g. {@code python}
 * @param display its name in prose, e.g. {@code C#}
 * @param mentions what in a lower-cased prompt asks for it
 * @param fence the Markdown fence's language tag
 * @param naming {@code snake}, {@code camel} or {@code pascal} for function names
 * @param function the template of a function
 * @param type the template of a class (or type, script, table)
 * @param functionLabel what the function template is called in prose ({@code query} for
 * SQL)
 * @param typeLabel what the type template is called in prose ({@code class},
 * {@code script})
 */
public record CodeLanguage(String id, String display, Pattern mentions, String fence, String naming, String function,
		String type, String functionLabel, String typeLabel) {

	private static final String RESOURCE = "/fakeai/code-languages.json";

	private static final List<CodeLanguage> LANGUAGES = new ArrayList<>();

	private static final CodeLanguage DEFAULT;

	static {
		try (InputStream in = CodeLanguage.class.getResourceAsStream(RESOURCE)) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode language : root.get("languages")) {
				LANGUAGES.add(new CodeLanguage(language.get("id").asString(), language.get("display").asString(),
						Pattern.compile(language.get("mentions").asString()), language.get("fence").asString(),
						language.get("naming").asString(), language.get("function").asString(),
						language.get("class").asString(), language.get("function_label").asString(),
						language.get("class_label").asString()));
			}
			DEFAULT = forId(root.get("default").asString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CodeLanguage forId(String id) {
		return LANGUAGES.stream().filter((l) -> l.id.equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The language a prompt asks for: the first in the data's order whose mention it
	 * contains, else the default (Python).
	 * @param prompt the prompt
	 * @return the language
	 */
	public static CodeLanguage of(String prompt) {
		String lower = prompt.toLowerCase(Locale.ROOT);
		for (CodeLanguage language : LANGUAGES) {
			if (language.mentions.matcher(lower).find()) {
				return language;
			}
		}
		return DEFAULT;
	}

	/**
	 * Every language, in the order they are tried.
	 * @return the languages
	 */
	public static List<CodeLanguage> all() {
		return List.copyOf(LANGUAGES);
	}

	/**
	 * A name from words in this language's convention for functions.
	 * @param words lower-case words
	 * @return the name
	 */
	String functionName(List<String> words) {
		return switch (this.naming) {
			case "camel" -> camel(words, false);
			case "pascal" -> camel(words, true);
			default -> String.join("_", words);
		};
	}

	static String camel(List<String> words, boolean first) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			name.append((i > 0 || first) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
		}
		return name.toString();
	}

}
