package dev.fakeai.simulation;

import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Writes text that reads like an assistant's answer to the prompt it was given: shaped by
 * the kind of request (steps for a how-to, a list for a list, a code block for code) and
 * about the prompt's subject. Plausible, not factual; the same topic and random seed give
 * the same text.
 */
public final class TextComposer {

	/**
	 * Greetings are an opener and an offer: 8 x 8 distinct answers, so {@code n} choices
	 * can differ.
	 */
	private static final List<String> GREETING_OPENERS = List.of("Hello!", "Hi there!", "Hi!", "Hello there!", "Hey!",
			"Good to hear from you!", "Hello, and welcome!", "Hi, nice to meet you!");

	private static final List<String> GREETING_OFFERS = List.of("How can I help you today?", "What can I do for you?",
			"I'm happy to help. What would you like to talk about?",
			"Let me know what you need, and I'll do my best to help.", "What's on your mind?",
			"Is there something I can help you with?", "What would you like to work on?",
			"Ask me anything, and I'll do my best to answer.");

	private static final List<String> OPENINGS = List.of("Here's an overview of {s}.",
			"Good question. Let's look at {s}.", "{S} is worth understanding well, so here is a short explanation.",
			"Sure! Here's what you should know about {s}.", "Let me explain {s} step by step.");

	private static final List<String> EXPLAIN = List.of("At its core, {s} comes down to how {k0} relates to {k1}.",
			"The most important idea is that {k0} shapes the rest of the picture.",
			"In practice, people usually meet {k0} first and only later see how {k1} fits in.",
			"A useful way to think about it is to separate what {k0} is from what it is used for.",
			"It also helps to compare {k0} with {k2}, since the two are often confused.",
			"Most of the details follow from that starting point.",
			"Context matters here: the right answer depends on what you want to achieve with {k0}.",
			"Historically, the understanding of {k1} has changed as more people worked with it.",
			"One common misconception is that {k0} works the same way everywhere; it rarely does.",
			"If you want to go deeper, looking at concrete examples of {k1} is the fastest route.");

	private static final List<String> STEPS = List.of("Start by making clear what you need from {k0}.",
			"Gather what you need: the inputs, the tools, and any constraints around {k1}.",
			"Try the simplest version first and check that it works.",
			"Look at the result closely and compare it with what you expected.",
			"Adjust one thing at a time, so you can tell what made the difference.",
			"Handle the edge cases, especially the ones involving {k2}.",
			"Write down what worked, so it is easy to repeat next time.");

	private static final List<String> REASONS = List.of("{K0} has a direct effect on {k1}.",
			"There is a practical side: working with {k0} is simpler this way.",
			"It is partly historical, since earlier approaches to {k1} set the pattern.",
			"Cost and effort play a role too, because alternatives to {k0} take more work.",
			"Finally, it fits how people already think about {k2}.");

	private static final List<String> LIST_ITEMS = List.of("**{K0}**: the obvious place to start.",
			"**{K1}**: often overlooked, but it makes a real difference.",
			"**Practice with {k0}**: small, regular steps beat one big push.",
			"**Learning from examples**: see how others approach {k1}.",
			"**Feedback**: check your progress with {k2} early and often.",
			"**Simplicity**: prefer the plain solution until it stops working.",
			"**Documentation**: keep notes on what you tried with {k0}.");

	private static final List<String> WRITING_LINES = List.of("Soft light settles over {k0},",
			"and {k1} waits in the quiet air.", "Each moment carries something new,", "a small story told with care.",
			"The day turns slowly toward {k2},", "and what was hidden comes in view.");

	private static final List<String> CLOSINGS = List.of("Let me know if you'd like more detail on any part of this.",
			"I hope this helps! Feel free to ask a follow-up question.",
			"If you share more about your situation, I can tailor the answer.",
			"Would you like an example or a deeper dive into one of these points?");

	private static final List<String> THOUGHTS = List.of("The user is asking about {s}.",
			"Let me think about what matters most here: {k0}.", "I should check how {k0} relates to {k1}.",
			"There might be an edge case involving {k2}; let me consider it.",
			"A direct answer first, then the supporting details, would work best.",
			"I need to be careful not to overstate what is known about {k1}.",
			"Let me reconsider: is there a simpler way to explain {k0}?",
			"The structure should match the request, so the answer should be clear and organized.",
			"I will mention {k2} briefly, since it affects the answer.",
			"That covers the main points; now I can write the response.");

	private static final List<String> SUMMARY_TITLES = List.of("**Considering {s}**", "**Thinking through {s}**",
			"**Working out {s}**", "**Clarifying {k0}**");

	private static final List<String> SUMMARY_SENTENCES = List.of("The user wants to know about {s}.",
			"I'm weighing how {k0} relates to {k1} before answering.",
			"I should lead with a direct answer and then add the supporting details.",
			"I'm checking whether {k2} changes the answer.", "I want to avoid overstating what is known about {k1}.",
			"A short, organized explanation should cover it.");

	/**
	 * A summary of hidden reasoning, as reasoning models give one when asked: a bold
	 * title, then sentences in the first person, about {@code tokens} long.
	 * @param topic what the prompt is about
	 * @param random the seeded source of choices
	 * @param tokens about how many tokens to write
	 * @return the summary
	 */
	public String reasoningSummary(PromptTopic topic, SplittableRandom random, int tokens) {
		StringBuilder out = new StringBuilder(tokens * 5 + 64);
		out.append(pick(SUMMARY_TITLES, random)).append("\n\n");
		int index = random.nextInt(SUMMARY_SENTENCES.size());
		int start = out.length();
		for (int i = 0; i < SUMMARY_SENTENCES.size() && out.length() - start < tokens * 5; i++) {
			if (out.length() > start) {
				out.append(' ');
			}
			out.append(SUMMARY_SENTENCES.get((index + i) % SUMMARY_SENTENCES.size()));
		}
		return fill(out.toString(), topic);
	}

	/**
	 * The answer to a prompt.
	 * @param topic what the prompt is about
	 * @param random the seeded source of choices
	 * @return the answer text
	 */
	public String answer(PromptTopic topic, SplittableRandom random) {
		if (topic.intent() == PromptTopic.Intent.CODE) {
			return code(topic, random) + "\n\n" + fill(pick(CLOSINGS, random), topic);
		}
		StringBuilder out = new StringBuilder(512);
		switch (topic.intent()) {
			case GREETING ->
				out.append(pick(GREETING_OPENERS, random)).append(' ').append(pick(GREETING_OFFERS, random));
			case HOW_TO -> numbered(out, topic, random, pick(OPENINGS, random), STEPS);
			case WHY -> numbered(out, topic, random, "There are a few reasons behind {s}.", REASONS);
			case LIST -> bullets(out, topic, random);
			case WRITING -> lines(out, topic, random);
			default -> paragraphs(out, topic, random);
		}
		if (topic.intent() != PromptTopic.Intent.GREETING) {
			out.append("\n\n").append(pick(CLOSINGS, random));
		}
		return fill(out.toString(), topic);
	}

	/**
	 * Reasoning text of at least about {@code tokens} tokens (five characters a token,
	 * more than English text takes), for callers to cut to the exact count.
	 * @param topic what the prompt is about
	 * @param random the seeded source of choices
	 * @param tokens the approximate length
	 * @return the reasoning text
	 */
	public String reasoning(PromptTopic topic, SplittableRandom random, int tokens) {
		StringBuilder out = new StringBuilder(tokens * 5 + 128);
		int index = random.nextInt(THOUGHTS.size());
		while (out.length() < tokens * 5) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(THOUGHTS.get(index % THOUGHTS.size()));
			index += 1 + random.nextInt(2);
		}
		return fill(out.toString(), topic);
	}

	private static void paragraphs(StringBuilder out, PromptTopic topic, SplittableRandom random) {
		out.append(pick(OPENINGS, random));
		int paragraphs = 1 + random.nextInt(3);
		int start = random.nextInt(EXPLAIN.size());
		int sentence = 0;
		for (int p = 0; p < paragraphs; p++) {
			out.append(p == 0 ? " " : "\n\n");
			int sentences = 2 + random.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				if (s > 0) {
					out.append(' ');
				}
				out.append(EXPLAIN.get((start + sentence++) % EXPLAIN.size()));
			}
		}
	}

	private static void numbered(StringBuilder out, PromptTopic topic, SplittableRandom random, String opening,
			List<String> items) {
		out.append(opening).append("\n\n");
		int count = 3 + random.nextInt(Math.max(1, items.size() - 2));
		int start = random.nextInt(items.size());
		for (int i = 0; i < count; i++) {
			out.append(i + 1).append(". ").append(items.get((start + i) % items.size())).append('\n');
		}
		out.setLength(out.length() - 1);
	}

	private static void bullets(StringBuilder out, PromptTopic topic, SplittableRandom random) {
		out.append("Here are some ideas about {s}:\n\n");
		int count = 3 + random.nextInt(4);
		int start = random.nextInt(LIST_ITEMS.size());
		for (int i = 0; i < count; i++) {
			out.append("- ").append(LIST_ITEMS.get((start + i) % LIST_ITEMS.size())).append('\n');
		}
		out.setLength(out.length() - 1);
	}

	private static final List<String> CODE_ENDINGS = List.of(
			"It keeps to the language's usual style, so it should drop into your project with few changes.",
			"Adapt the names and types to your data; the structure stays the same.",
			"Add tests for the edge cases that matter to you, such as empty input.");

	/**
	 * Code in the language the prompt asks for (Python when it names none): a function,
	 * or a type where the prompt asks for a class, struct, script or table, named after
	 * the task. Returned filled: user text inside the code is not read as placeholders.
	 */
	private static String code(PromptTopic topic, SplittableRandom random) {
		CodeRequest request = topic.code();
		CodeLanguage language = request.language();
		List<String> words = request.words();
		String task = request.task().replace("*/", "* /");
		String code = (request.type() ? language.type() : language.function())
			.replace("{name}", language.functionName(words))
			.replace("{Name}", CodeLanguage.camel(words, true))
			.replace("{param}", "items")
			.replace("{Task}", capitalize(task))
			.replace("{task}", task)
			.replace("{table}", (words.size() > 1) ? words.get(1) : "items");
		String kind = request.type() ? language.typeLabel() : language.functionLabel();
		return "Here's a " + language.display() + " " + kind + " " + request.connector() + " " + task + ":\n\n```"
				+ language.fence() + "\n" + code + "```\n\n" + pick(CODE_ENDINGS, random);
	}

	private static void lines(StringBuilder out, PromptTopic topic, SplittableRandom random) {
		out.append("Here's a short piece about {s}:\n\n");
		int count = 4 + random.nextInt(3);
		int start = random.nextInt(WRITING_LINES.size());
		for (int i = 0; i < count; i++) {
			out.append(WRITING_LINES.get((start + i) % WRITING_LINES.size())).append('\n');
		}
		out.setLength(out.length() - 1);
	}

	private static String pick(List<String> options, SplittableRandom random) {
		return options.get(random.nextInt(options.size()));
	}

	/**
	 * Puts the topic into the template's placeholders in one pass: {@code {s}} /
	 * {@code {S}} the subject, {@code {k0}}-{@code {k2}} keywords, {@code {K0}},
	 * {@code {K1}} capitalized keywords. Text put in is not scanned again.
	 */
	private static String fill(String template, PromptTopic topic) {
		StringBuilder out = new StringBuilder(template.length() + 64);
		int from = 0;
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
			int close = template.indexOf('}', open);
			String value = (close > open) ? placeholder(template.substring(open + 1, close), topic) : null;
			if (value == null) {
				out.append(template, from, open + 1);
				from = open + 1;
				continue;
			}
			out.append(template, from, open).append(value);
			from = close + 1;
		}
		return out.append(template, from, template.length()).toString();
	}

	private static @Nullable String placeholder(String name, PromptTopic topic) {
		return switch (name) {
			case "s" -> topic.subject();
			case "S" -> capitalize(topic.subject());
			case "k0" -> topic.keyword(0);
			case "k1" -> topic.keyword(1);
			case "k2" -> topic.keyword(2);
			case "K0" -> capitalize(topic.keyword(0));
			case "K1" -> capitalize(topic.keyword(1));
			default -> null;
		};
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
