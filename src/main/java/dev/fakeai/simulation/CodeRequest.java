package dev.fakeai.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request for code asks for: the language, whether a function or a type (class,
 * struct, script, table), and the task in a few words that name it
 * ({@code "a function that reverses a string"}: {@code reverse}, {@code string}).
 *
 * @param language the language
 * @param type whether a class or other type is asked for rather than a function
 * @param words the task's naming words, lower case (verb first, in its base form)
 * @param task the task as the prompt says it, for comments
 * @param connector the word that introduced the task ({@code that}, {@code to},
 * {@code for})
 */
public record CodeRequest(CodeLanguage language, boolean type, List<String> words, String task, String connector) {

	private static final Pattern TASK = Pattern.compile("\\b(?:function|method|class|struct|program|script|query|code"
			+ "|snippet|routine|helper|type|table|regex)s?\\b(?:\\s+in\\s+\\S+)?\\s*(?:that|which|to|for|"
			+ "computing|returning|named|called)?\\s+([^.?!\\n]{1,200})");

	private static final Pattern TYPE = Pattern
		.compile("\\b(class|struct|data structure|object-oriented|type|create table|schema|script)\\b");

	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");

	private static final Set<String> SKIP = Set.of("a", "an", "the", "that", "which", "to", "for", "of", "in", "on",
			"and", "or", "with", "from", "into", "by", "it", "its", "my", "me", "i", "we", "you", "your", "all", "any",
			"some", "given", "can", "will", "should", "would", "please", "using", "use", "simple", "small", "basic",
			"function", "method", "class", "code", "program", "script", "write", "create", "make", "implement",
			"python", "java", "javascript", "typescript", "kotlin", "go", "golang", "rust", "ruby", "php", "swift",
			"bash", "shell", "sql", "c", "cpp", "csharp", "is", "are", "be", "does", "do", "each", "every", "one", "if",
			"whether", "than");

	private static final Set<String> CONNECTORS = Set.of("that", "which", "to", "for");

	private static final int NAME_WORDS = 3;

	private static final int MAX_TASK = 80;

	public CodeRequest {
		words = List.copyOf(words);
	}

	/**
	 * Reads a request for code.
	 * @param prompt the prompt
	 * @return what it asks for
	 */
	public static CodeRequest of(String prompt) {
		String lower = prompt.toLowerCase(Locale.ROOT);
		Matcher task = TASK.matcher(lower);
		boolean found = task.find();
		String phrase = found ? task.group(1).strip() : lower;
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(phrase);
		while (words.size() < NAME_WORDS && word.find()) {
			if (!SKIP.contains(word.group())) {
				words.add(words.isEmpty() ? baseForm(word.group()) : word.group());
			}
		}
		if (words.isEmpty()) {
			words = List.of("process", "items");
		}
		String said = found ? phrase : String.join(" ", words);
		String connector = (found && task.group(1) != null && task.start(1) > 0) ? connectorOf(lower, task.start(1))
				: "for";
		return new CodeRequest(CodeLanguage.of(lower), TYPE.matcher(lower).find(), words,
				(said.length() > MAX_TASK) ? said.substring(0, MAX_TASK) : said, connector);
	}

	/** The word before the task when it is one that introduces it, else {@code for}. */
	private static String connectorOf(String lower, int taskStart) {
		String before = lower.substring(0, taskStart).strip();
		String last = before.substring(before.lastIndexOf(' ') + 1);
		return CONNECTORS.contains(last) ? last : "for";
	}

	/**
	 * {@code reverses} → {@code reverse}, {@code sorts} → {@code sort}, {@code copies} →
	 * {@code copy}.
	 */
	static String baseForm(String verb) {
		if (verb.endsWith("ies") && verb.length() > 4) {
			return verb.substring(0, verb.length() - 3) + "y";
		}
		if (verb.endsWith("sses") || verb.endsWith("xes") || verb.endsWith("ches") || verb.endsWith("shes")) {
			return verb.substring(0, verb.length() - 2);
		}
		if (verb.endsWith("s") && !verb.endsWith("ss") && !verb.endsWith("us") && verb.length() > 3) {
			return verb.substring(0, verb.length() - 1);
		}
		return verb;
	}

}
