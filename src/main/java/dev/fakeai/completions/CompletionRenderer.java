package dev.fakeai.completions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Ids;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TokenLogprob;
import org.jspecify.annotations.Nullable;

/**
 * Renders the engine's replies, one per prompt, as one completion: {@code n} choices per
 * prompt (the first {@code n} of {@code best_of}), the prompt echoed before the text and
 * the suffix after it where asked, legacy log probabilities, and the usage of every
 * reply.
 */
final class CompletionRenderer {

	private CompletionRenderer() {
	}

	/**
	 * A prompt's text and the engine's reply to it.
	 *
	 * @param prompt the prompt's text
	 * @param reply the reply
	 */
	record Answered(String prompt, Reply reply) {
	}

	static Completion render(CompletionsRequestParser.Parsed request, List<Answered> answers, String id, long created) {
		List<Completion.Choice> choices = new ArrayList<>();
		for (int p = 0; p < answers.size(); p++) {
			Answered answer = answers.get(p);
			for (int i = 0; i < request.n(); i++) {
				GeneratedChoice choice = answer.reply().choices().get(i);
				choices.add(new Completion.Choice(text(request, answer.prompt(), choice), p * request.n() + i,
						logprobs(request, choice), choice.finishReason().toString()));
			}
		}
		return new Completion(id, "text_completion", created, answers.get(0).reply().model(),
				answers.get(0).reply().systemFingerprint(), choices, Optional.of(usage(answers)));
	}

	static String text(CompletionsRequestParser.Parsed request, String prompt, GeneratedChoice choice) {
		String content = (choice.content() != null) ? choice.content() : "";
		String suffix = (request.suffix() != null) ? request.suffix() : "";
		return (request.echo() ? prompt : "") + content + suffix;
	}

	static Completion.Usage usage(List<Answered> answers) {
		int prompt = 0;
		int completion = 0;
		for (Answered answer : answers) {
			prompt += answer.reply().usage().promptTokens();
			completion += answer.reply().usage().completionTokens();
		}
		return new Completion.Usage(prompt, completion, prompt + completion);
	}

	private static Completion.@Nullable Logprobs logprobs(CompletionsRequestParser.Parsed request,
			GeneratedChoice choice) {
		if (request.logprobs() == null || choice.logprobs() == null) {
			return null;
		}
		return logprobs(choice.logprobs(), 0);
	}

	/**
	 * Legacy log probabilities of tokens, their offsets counted from {@code offset}.
	 */
	static Completion.Logprobs logprobs(List<TokenLogprob> tokens, int offset) {
		List<String> texts = new ArrayList<>(tokens.size());
		List<Float> values = new ArrayList<>(tokens.size());
		List<Map<String, Float>> tops = new ArrayList<>(tokens.size());
		List<Integer> offsets = new ArrayList<>(tokens.size());
		int at = offset;
		for (TokenLogprob token : tokens) {
			texts.add(token.token());
			values.add((float) token.logprob());
			Map<String, Float> top = new LinkedHashMap<>();
			token.topLogprobs()
				.forEach((alternative) -> top.putIfAbsent(alternative.token(), (float) alternative.logprob()));
			tops.add(top);
			offsets.add(at);
			at += token.token().length();
		}
		return new Completion.Logprobs(texts, values, tops, offsets);
	}

	/**
	 * A new completion id: {@code cmpl-} and 29 characters, time-ordered.
	 * @return the id
	 */
	static String newId() {
		return Ids.timeOrdered("cmpl-", 29, Instant.now());
	}

}
