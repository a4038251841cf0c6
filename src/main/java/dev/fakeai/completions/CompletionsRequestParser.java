package dev.fakeai.completions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.engine.RequestFields.bool;
import static dev.fakeai.engine.RequestFields.decimal;
import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.integer;
import static dev.fakeai.engine.RequestFields.orDefault;
import static dev.fakeai.engine.RequestFields.present;

/**
 * Reads a {@code POST /v1/completions} body as OpenAI validates it: {@code prompt} as a
 * string, strings, token ids or arrays of them (one set of choices per prompt),
 * {@code max_tokens} (default 16), {@code n}, {@code best_of}, {@code echo},
 * {@code suffix}, {@code logprobs} 0 to 5, {@code stop}, {@code seed}, sampling and
 * streaming options; each failure OpenAI's 400.
 */
final class CompletionsRequestParser {

	private static final Set<String> PARAMETERS = Set.of("model", "prompt", "best_of", "echo", "frequency_penalty",
			"logit_bias", "logprobs", "max_tokens", "n", "presence_penalty", "seed", "stop", "stream", "stream_options",
			"suffix", "temperature", "top_p", "user");

	private static final int DEFAULT_MAX_TOKENS = 16;

	private CompletionsRequestParser() {
	}

	/**
	 * A prompt: its text, or token ids to decode with the model's tokenizer.
	 *
	 * @param text the text, {@code null} for token ids
	 * @param tokens the token ids, {@code null} for a text
	 */
	record Prompt(@Nullable String text, @Nullable List<Integer> tokens) {
	}

	/**
	 * A parsed request: the engine's request for a prompt (its text filled in later), the
	 * prompts, and what the response does with them.
	 *
	 * @param generation the engine's request, with an empty prompt
	 * @param prompts the prompts, in order
	 * @param n the choices returned per prompt
	 * @param echo whether the text starts with the prompt
	 * @param suffix text after the completion, if any
	 * @param logprobs alternatives per token, {@code null} for no log probabilities
	 */
	record Parsed(GenerationRequest generation, List<Prompt> prompts, int n, boolean echo, @Nullable String suffix,
			@Nullable Integer logprobs) {
	}

	static Parsed parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = RequestFields.requiredString(body, "model");
		boolean stream = bool(body, "stream", false);
		boolean includeUsage = RequestFields.includeUsage(body, stream);
		int n = orDefault(integer(body, "n", 1, 128), 1);
		Integer bestOf = integer(body, "best_of", 0, 20);
		if (bestOf != null && bestOf < n) {
			throw ApiException.invalidParameter("best_of", "best_of must be greater than or equal to n.");
		}
		if (bestOf != null && bestOf > 1 && stream) {
			throw ApiException.invalidParameter("best_of", "Cannot stream results when best_of is greater than 1.");
		}
		Integer logprobs = integer(body, "logprobs", 0, 5);
		boolean echo = bool(body, "echo", false);
		if (echo && logprobs != null) {
			throw ApiException.invalidParameter("echo",
					"Echoing the prompt with 'logprobs' is not emulated: send one of 'echo' or 'logprobs'.");
		}
		int generated = (bestOf != null && bestOf > n) ? bestOf : n;
		GenerationRequest generation = new GenerationRequest(CompletionsSurface.SURFACE, model, List.of(), stream,
				includeUsage, generated, decimal(body, "temperature", 0, 2), decimal(body, "top_p", 0, 1),
				decimal(body, "frequency_penalty", -2, 2), decimal(body, "presence_penalty", -2, 2), null,
				orDefault(integer(body, "max_tokens", 0, Integer.MAX_VALUE), DEFAULT_MAX_TOKENS),
				RequestFields.stopSequences(body), RequestFields.seed(body), logprobs != null, orDefault(logprobs, 0),
				Map.of(), List.of(), GenerationRequest.ToolChoice.NONE, false, GenerationRequest.ResponseFormat.TEXT,
				null, null, List.of("text"), null, null);
		RequestFields.optionalString(body, "user", "user");
		return new Parsed(generation, prompts(body), n, echo, RequestFields.optionalString(body, "suffix", "suffix"),
				logprobs);
	}

	private static List<Prompt> prompts(JsonNode body) {
		JsonNode prompt = present(body, "prompt");
		if (prompt == null) {
			return List.of(new Prompt("<|endoftext|>", null));
		}
		if (prompt.isString()) {
			return List.of(new Prompt(prompt.asString(), null));
		}
		if (!prompt.isArray()) {
			throw ApiException.invalidType("prompt", "a string or an array", describe(prompt));
		}
		if (prompt.isEmpty()) {
			throw ApiException.emptyArray("prompt");
		}
		if (prompt.get(0).isIntegralNumber()) {
			return List.of(tokens(prompt, "prompt"));
		}
		List<Prompt> prompts = new ArrayList<>(prompt.size());
		for (int i = 0; i < prompt.size(); i++) {
			JsonNode item = prompt.get(i);
			if (item.isString()) {
				prompts.add(new Prompt(item.asString(), null));
			}
			else if (item.isArray()) {
				prompts.add(tokens(item, "prompt[" + i + "]"));
			}
			else {
				throw ApiException.invalidType("prompt[" + i + "]", "a string or an array of token ids",
						describe(item));
			}
		}
		return prompts;
	}

	private static Prompt tokens(JsonNode array, String param) {
		List<Integer> tokens = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			JsonNode token = array.get(i);
			if (!token.isIntegralNumber() || !token.canConvertToInt() || token.asInt() < 0) {
				throw ApiException.invalidType(param + "[" + i + "]", "a token id", describe(token));
			}
			tokens.add(token.asInt());
		}
		return new Prompt(null, tokens);
	}

}
