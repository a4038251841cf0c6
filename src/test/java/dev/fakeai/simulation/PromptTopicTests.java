package dev.fakeai.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intent a prompt is read as, held to the regular expressions it was first written
 * with (kept here as the reference): the word-set reading must agree with them on every
 * prompt of {@code bench/prompts.txt} and on edge cases.
 */
class PromptTopicTests {

	private static final Pattern CODE = Pattern.compile("\\b(code|function|implement|class|method|script|program"
			+ "|regex|sql|python|java|javascript|typescript|bash|kotlin|golang|rust|ruby|php|swift)\\b|c\\+\\+|c#");

	private static final Pattern WRITING = Pattern
		.compile("^(write|compose|draft)\\b|\\b(poem|haiku|story|email|letter|essay|song)\\b");

	private static final Pattern HOW_TO = Pattern.compile("^(how|what are the steps|steps)\\b");

	private static final Pattern LIST = Pattern
		.compile("^(list|name|give me|enumerate|suggest)\\b|\\b(examples|ideas|tips|ways)\\b");

	private static final Pattern GREETING = Pattern
		.compile("^(hi|hello|hey|thanks|thank you|good (morning|evening))\\b");

	private static PromptTopic.Intent byRegex(String prompt, List<String> keywords) {
		String lower = prompt.strip().toLowerCase(Locale.ROOT);
		if (CODE.matcher(lower).find()) {
			return PromptTopic.Intent.CODE;
		}
		if (WRITING.matcher(lower).find()) {
			return PromptTopic.Intent.WRITING;
		}
		if (HOW_TO.matcher(lower).find()) {
			return PromptTopic.Intent.HOW_TO;
		}
		if (lower.startsWith("why")) {
			return PromptTopic.Intent.WHY;
		}
		if (LIST.matcher(lower).find()) {
			return PromptTopic.Intent.LIST;
		}
		if (keywords.isEmpty() || GREETING.matcher(lower).find() && keywords.size() <= 1) {
			return PromptTopic.Intent.GREETING;
		}
		return PromptTopic.Intent.EXPLAIN;
	}

	@Test
	void contractionsAreReadAsTheirQuestionWordNotAsASubject() {
		PromptTopic topic = PromptTopic.of("What's the best way to learn Java?");
		org.assertj.core.api.Assertions.assertThat(topic.subject()).isEqualTo("the best way to learn Java");
		org.assertj.core.api.Assertions.assertThat(topic.keywords()).doesNotContain("What's");
		org.assertj.core.api.Assertions.assertThat(PromptTopic.of("Who's the author of Dune?").subject())
			.isEqualTo("the author of Dune");
	}

	@Test
	void intentsAgreeWithTheReferenceExpressions() throws IOException {
		List<String> prompts = new ArrayList<>(Files.readAllLines(Path.of("bench/prompts.txt")));
		prompts.addAll(List.of("", "Hi", "hi!", "Hello there", "hello_world", "thank you so much", "thanks",
				"thanksgiving", "good morning", "good  morning", "Good evening, friend", "howdy", "how-to guide",
				"steps to take", "what are the steps?", "name three rivers", "named entities", "give me ideas",
				"give meat", "listing", "list: apples", "examples_of", "c++ templates", "C# records",
				"code-review tips", "the codé of conduct", "codes", "program's structure", "Write", "writer's block",
				"(write) a poem", "a story_time", "why?", "Why not", "Explain the coding standards", "ways and means",
				"tips&tricks", "email\u0301 etiquette", "story\u0301", "\u00e9mail", "swift-ly", "JAVA", "Hey!",
				"hey123"));
		for (String prompt : prompts) {
			PromptTopic topic = PromptTopic.of(prompt);
			assertThat(topic.intent()).as(prompt).isEqualTo(byRegex(prompt, topic.keywords()));
		}
	}

}
