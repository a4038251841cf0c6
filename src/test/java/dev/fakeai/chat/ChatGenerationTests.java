package dev.fakeai.chat;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;

import java.util.Base64;
import java.util.List;

import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.fakeai.chat.ChatFixtures.JSON;
import static dev.fakeai.chat.ChatFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Chat behaviour over the full catalog, decided by capability flags: determinism, limits,
 * reasoning, tools, JSON, vision, predictions, logprobs and caching.
 */
class ChatGenerationTests {

	private final GenerationEngine service = ChatFixtures.service();

	private static String ask(String model, String content, String extra) {
		return "{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"" + content + "\"}]"
				+ (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

	private ChatCompletion answer(String json) {
		return complete(this.service, json).completion();
	}

	private ApiException refusal(String json) {
		try {
			complete(this.service, json);
		}
		catch (ApiException ex) {
			return ex;
		}
		throw new AssertionError("expected a 4xx for " + json);
	}

	@Test
	void answersLikeTheApiWithTheSnapshotIdAndCompleteUsage() {
		ChatCompletion completion = answer(ask("gpt-4o", "What is the capital of France?", ""));

		assertThat(completion.id()).startsWith("chatcmpl-");
		assertThat(completion.object()).isEqualTo("chat.completion");
		assertThat(completion.model()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(completion.systemFingerprint()).matches("fp_[0-9a-f]{10}");
		assertThat(completion.serviceTier()).isEqualTo("default");
		ChatCompletion.Choice choice = completion.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo("stop");
		assertThat(choice.message().content()).contains("capital of France");
		assertThat(choice.message().refusal()).isNull();
		assertThat(choice.message().reasoningContent()).isNull();
		assertThat(choice.logprobs()).isEmpty();
		ChatCompletion.Usage usage = completion.usage();
		assertThat(usage.promptTokens()).isEqualTo(14);
		assertThat(usage.completionTokens())
			.isEqualTo(ChatFixtures.COUNTER.count(dev.fakeai.models.Tokenizer.O200K_BASE, choice.message().content()));
		assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + usage.completionTokens());
		assertThat(usage.completionTokensDetails().reasoningTokens()).isZero();
	}

	@Test
	void aDatedSnapshotAskedForByNameAnswersUnderThatName() {
		assertThat(answer(ask("gpt-4o-2024-11-20", "Hi", "")).model()).isEqualTo("gpt-4o-2024-11-20");
		assertThat(answer(ask("gpt-4o", "Hi", "")).model()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(answer(ask("GPT-4O", "Hi", "")).model()).isEqualTo("gpt-4o-2024-08-06");
	}

	@Test
	void sameRequestAndSeedGiveTheSameChoicesAndChoicesDiffer() {
		String json = ask("gpt-4o", "Explain photosynthesis", "\"seed\": 42, \"n\": 3, \"logprobs\": true");

		ChatCompletion first = answer(json);
		ChatCompletion second = answer(json);

		assertThat(first.choices()).usingRecursiveComparison().isEqualTo(second.choices());
		assertThat(first.choices()).extracting((c) -> c.message().content()).doesNotHaveDuplicates();
		assertThat(answer(ask("gpt-4o", "Explain photosynthesis", "\"seed\": 43")).choices().get(0).message().content())
			.isNotEqualTo(first.choices().get(0).message().content());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hi", "Hello!", "Thanks", "Good morning" })
	void choicesOfOneRequestDifferEvenForGreetings(String greeting) {
		for (int n = 2; n <= 8; n++) {
			for (int seed = 1; seed <= 25; seed++) {
				ChatCompletion completion = answer(ask("gpt-4o", greeting, "\"seed\": " + seed + ", \"n\": " + n));
				assertThat(completion.choices()).extracting((c) -> c.message().content())
					.as("n=%d seed=%d", n, seed)
					.hasSize(n)
					.doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void toolCallChoicesDifferWhileTheSchemaLeavesRoom() {
		String pick = "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"pick_number\", \"parameters\": "
				+ "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 1000}}, "
				+ "\"required\": [\"n\"]}}}]";
		ChatCompletion completion = answer(
				ask("gpt-4o", "Pick one for me", "\"seed\": 4, \"n\": 3, \"tool_choice\": \"required\", " + pick));

		assertThat(completion.choices()).extracting((c) -> c.message().toolCalls().get(0).function().arguments())
			.doesNotHaveDuplicates();
		ChatCompletion named = answer(ask("gpt-4o", "What is the weather in Rome?",
				"\"seed\": 4, \"n\": 3, \"tool_choice\": \"required\", " + WEATHER_TOOL));
		assertThat(named.choices()).extracting((c) -> c.message().toolCalls().get(0).function().arguments())
			.as("choices vary in wording, never in what the prompt says")
			.containsOnly("{\"location\":\"Rome\"}");
		ChatCompletion oneToken = answer(
				ask("gpt-4o", "Explain photosynthesis", "\"seed\": 4, \"n\": 3, \"max_tokens\": 1"));
		assertThat(oneToken.choices()).extracting((c) -> c.message().content()).hasSize(3);
	}

	@Test
	void stopSequencesCutTheText() {
		String json = ask("gpt-4o", "Explain photosynthesis", "\"seed\": 1");
		String full = answer(json).choices().get(0).message().content();
		String stop = full.substring(full.indexOf(' ', 10), full.indexOf(' ', 10) + 4);

		ChatCompletion cut = answer(
				ask("gpt-4o", "Explain photosynthesis", "\"seed\": 1, \"stop\": [\"" + stop + "\"]"));

		assertThat(cut.choices().get(0).message().content()).isEqualTo(full.substring(0, full.indexOf(stop)));
		assertThat(cut.choices().get(0).finishReason()).isEqualTo("stop");
	}

	@Test
	void theOutputLimitEndsWithLength() {
		ChatCompletion completion = answer(ask("gpt-4o", "Explain photosynthesis", "\"max_tokens\": 5"));

		assertThat(completion.choices().get(0).finishReason()).isEqualTo("length");
		assertThat(completion.usage().completionTokens()).isEqualTo(5);
	}

	@Test
	void promptPlusRequestedOutputOverTheWindowIsContextLengthExceeded() {
		ApiException ex = refusal(ask("gpt-4", "Hello", "\"max_tokens\": 8190"));

		assertThat(ex.toError().error().code()).isEqualTo("context_length_exceeded");
		assertThat(ex.getMessage()).startsWith("This model's maximum context length is 8192 tokens. However, you "
				+ "requested 8198 tokens (8 in the messages, 8190 in the completion).");
	}

	@Test
	void leniently_aRequestedLimitAboveTheModelsMaxOutputIsCappedByIt() {
		String longArguments = "\"tool_choice\": \"required\", \"tools\": [{\"type\": \"function\", \"function\": "
				+ "{\"name\": \"write\", \"parameters\": {\"type\": \"object\", \"required\": [\"parts\"], \"properties\": "
				+ "{\"parts\": {\"type\": \"array\", \"minItems\": 4, \"maxItems\": 4, \"items\": {\"type\": \"string\", "
				+ "\"minLength\": 10000}}}}}}]";

		GenerationEngine lenient = ChatFixtures.service(false, true);
		ChatCompletion capped = complete(lenient,
				ask("gpt-4-turbo", "Write it", "\"max_tokens\": 100000, " + longArguments))
			.completion();
		ChatCompletion uncapped = complete(lenient,
				ask("gpt-4o", "Write it", "\"max_tokens\": 100000, " + longArguments))
			.completion();

		assertThat(capped.choices().get(0).finishReason()).isEqualTo("length");
		assertThat(capped.usage().completionTokens()).as("gpt-4-turbo's max output").isEqualTo(4096);
		assertThat(uncapped.choices().get(0).finishReason()).isEqualTo("tool_calls");
		assertThat(uncapped.usage().completionTokens()).isGreaterThan(4096);
	}

	@Test
	void aDelayedAnswerTakesTheFirstTokenThenEveryTokenAtTheInterTokenDelay() {
		ChatFixtures.Completed result = complete(this.service, ask("gpt-4o", "Hi", "\"seed\": 3"),
				LatencyOverride.of(null, "30", "1"));
		int tokens = result.completion().usage().completionTokens();

		assertThat(result.reply().timing().totalNanos()).isEqualTo(30_000_000L + (tokens - 1) * 1_000_000L);
		assertThat(complete(this.service, ask("gpt-4o", "Hi", "\"seed\": 3")).completion().choices())
			.usingRecursiveComparison()
			.isEqualTo(result.completion().choices());
	}

	@Test
	void hiddenReasoningModelsReportReasoningTokensOnly() {
		ChatCompletion low = answer(ask("o3", "Why is the sky blue?", "\"reasoning_effort\": \"low\", \"seed\": 5"));
		ChatCompletion high = answer(ask("o3", "Why is the sky blue?", "\"reasoning_effort\": \"high\", \"seed\": 5"));
		ChatCompletion none = answer(ask("gpt-5", "Why is the sky blue?", "\"reasoning_effort\": \"minimal\""));

		int lowTokens = low.usage().completionTokensDetails().reasoningTokens();
		assertThat(lowTokens).isBetween(128, 768);
		assertThat(high.usage().completionTokensDetails().reasoningTokens()).isGreaterThan(lowTokens);
		assertThat(low.choices().get(0).message().reasoningContent()).isNull();
		assertThat(none.usage().completionTokensDetails().reasoningTokens()).isZero();
		assertThat(low.usage().completionTokens()).isGreaterThan(lowTokens);
	}

	/**
	 * D5 of the real-API captures: every reasoning-token count is a multiple of 64, a
	 * short question costs little (gpt-5 "capital of France": 0; o3-mini "hello": 64,
	 * "capital of Mexico": 192), and the answer fits a small output limit.
	 */
	@Test
	void hiddenReasoningComesInBlocksOf64AndIsSmallForSimpleQuestions() {
		for (int seed = 1; seed <= 20; seed++) {
			for (String model : List.of("gpt-5", "o3-mini")) {
				ChatCompletion simple = answer(ask(model, "What is the capital of France?",
						"\"max_completion_tokens\": 200, \"seed\": " + seed));
				int reasoning = simple.usage().completionTokensDetails().reasoningTokens();
				assertThat(reasoning % 64).isZero();
				assertThat(reasoning).isLessThanOrEqualTo(192);
				assertThat(simple.choices().get(0).message().content()).isNotEmpty();
			}
			ChatCompletion hello = answer(ask("o3-mini", "hello", "\"seed\": " + seed));
			assertThat(hello.usage().completionTokensDetails().reasoningTokens()).isIn(0, 64);
		}
	}

	@Test
	void reasoningGrowsWithTheTaskAndTheEffort() {
		int low = 0;
		int high = 0;
		int simple = 0;
		for (int seed = 1; seed <= 20; seed++) {
			String task = "Write a Python function that parses a CSV file and sums the price column";
			low += reasoning(ask("o3", task, "\"reasoning_effort\": \"low\", \"seed\": " + seed));
			high += reasoning(ask("o3", task, "\"reasoning_effort\": \"high\", \"seed\": " + seed));
			simple += reasoning(ask("o3", "What is the capital of France?", "\"seed\": " + seed));
		}
		assertThat(high).isGreaterThan(3 * low);
		assertThat(low).isGreaterThan(simple);
		assertThat(reasoning(ask("o3", "Hi", "\"reasoning_effort\": \"minimal\""))).isZero();
	}

	private int reasoning(String json) {
		return answer(json).usage().completionTokensDetails().reasoningTokens();
	}

	@Test
	void visibleReasoningIsAtMost4096TokensWhateverTheEffort() {
		int longest = 0;
		for (int seed = 1; seed <= 30; seed++) {
			ChatCompletion completion = answer(ask("deepseek-ai/DeepSeek-R1",
					"Write a Python function that parses a CSV file and sums the price column",
					"\"reasoning_effort\": \"max\", \"seed\": " + seed));
			String reasoning = completion.choices().get(0).message().reasoningContent();
			int tokens = ChatFixtures.COUNTER.count(dev.fakeai.models.Tokenizer.CL100K_BASE, reasoning);
			assertThat(tokens).isLessThanOrEqualTo(4096);
			assertThat(completion.usage().completionTokensDetails().reasoningTokens()).isEqualTo(tokens);
			longest = Math.max(longest, tokens);
		}
		assertThat(longest).as("the cap is reached for code at max effort").isGreaterThan(4000);
	}

	@Test
	void openWeightReasoningModelsReturnTheirReasoning() {
		ChatCompletion completion = answer(ask("deepseek-ai/DeepSeek-R1", "Why is the sky blue?", ""));

		String reasoning = completion.choices().get(0).message().reasoningContent();
		assertThat(reasoning).isNotBlank();
		assertThat(completion.usage().completionTokensDetails().reasoningTokens())
			.isEqualTo(ChatFixtures.COUNTER.count(dev.fakeai.models.Tokenizer.CL100K_BASE, reasoning));
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o", "meta-llama/Llama-3.1-8B-Instruct", "gpt-4.1" })
	void nonReasoningModelsNeverReason(String model) {
		ChatCompletion completion = answer(ask(model, "Why is the sky blue?", "\"n\": 2"));

		assertThat(completion.usage().completionTokensDetails().reasoningTokens()).isZero();
		assertThat(completion.choices()).allSatisfy((c) -> assertThat(c.message().reasoningContent()).isNull());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "o3 | \"max_tokens\": 10 | max_tokens | unsupported_parameter",
					"o3 | \"temperature\": 0.5 | temperature | unsupported_value",
					"o3 | \"top_p\": 0.9 | top_p | unsupported_value",
					"o3 | \"logprobs\": true | logprobs | unsupported_parameter",
					"gpt-4o | \"reasoning_effort\": \"high\" | | ",
					"gpt-5 | \"stop\": [\"x\"] | stop | unsupported_parameter",
					"gpt-4o | \"max_tokens\": 32000 | max_tokens | ",
					"gpt-4o | \"max_completion_tokens\": 32000 | max_completion_tokens | " })
	void strictParameterRulesForReasoningModels(String model, String extra, String param, String code) {
		ApiException ex = refusal(ask(model, "Hi", extra));

		assertThat(ex.toError().error().param()).isEqualTo(param);
		assertThat(ex.toError().error().code()).isEqualTo(code);
		GenerationEngine relaxed = ChatFixtures.service(false, true);
		assertThat(complete(relaxed, ask(model, "Hi", extra)).completion().choices()).hasSize(1);
	}

	@Test
	void systemAndDeveloperMessagesAreRefusedWhereTheModelTakesNone() {
		for (String role : new String[] { "system", "developer" }) {
			String json = "{\"model\": \"o1-mini\", \"messages\": [{\"role\": \"" + role
					+ "\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"Hi\"}]}";
			ApiException ex = refusal(json);

			assertThat(ex.getMessage())
				.isEqualTo("Unsupported value: 'messages[0].role' does not support '" + role + "' with this model.");
			assertThat(ex.toError().error().param()).isEqualTo("messages[0].role");
			assertThat(ex.toError().error().code()).isEqualTo("unsupported_value");
		}
		assertThat(answer(ask("o1-mini", "Hi", "")).choices()).hasSize(1);
	}

	@Test
	void reasoningModelsAcceptTheDefaultTemperatureAndMaxCompletionTokens() {
		assertThat(answer(ask("o3", "Hi", "\"temperature\": 1, \"max_completion_tokens\": 5000")).choices()).hasSize(1);
	}

	@Test
	void toolsAreCalledWithArgumentsValidAgainstTheirSchema() {
		ChatCompletion completion = answer(ask("gpt-4o", "What is the weather in Paris and Tokyo?", WEATHER_TOOL));

		ChatCompletion.Choice choice = completion.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo("tool_calls");
		assertThat(choice.message().content()).isNull();
		assertThat(choice.message().toolCalls()).as("one call for each city asked about").hasSize(2);
		assertThat(choice.message().toolCalls()).allSatisfy((call) -> {
			assertThat(call.id()).matches("call_[A-Za-z0-9]{24}");
			assertThat(call.type()).isEqualTo("function");
			assertThat(call.function().name()).isEqualTo("get_weather");
			assertValid(WEATHER_SCHEMA, call.function().arguments());
		});
		assertThat(choice.message().toolCalls()).extracting((call) -> call.function().arguments())
			.containsExactly("{\"location\":\"Paris\"}", "{\"location\":\"Tokyo\"}");
		ChatCompletion one = answer(ask("gpt-4o", "What is the weather in Paris and Tokyo?",
				WEATHER_TOOL + ", \"parallel_tool_calls\": false"));
		assertThat(one.choices().get(0).message().toolCalls()).extracting((call) -> call.function().arguments())
			.containsExactly("{\"location\":\"Paris\"}");
	}

	@Test
	void parallelToolCallsFollowTheFlagAndTheModel() {
		String tools = "\"tools\": [" + tool("get_weather", "Get the weather") + ", " + tool("get_time", "Get the time")
				+ "], \"tool_choice\": \"required\"";

		assertThat(answer(ask("gpt-4o", "weather and time please", tools)).choices().get(0).message().toolCalls())
			.hasSize(2);
		assertThat(
				answer(ask("gpt-4o", "weather and time please", tools + ", \"parallel_tool_calls\": false")).choices()
					.get(0)
					.message()
					.toolCalls())
			.hasSize(1);
		assertThat(answer(ask("o3", "weather and time please", tools)).choices().get(0).message().toolCalls())
			.as("o3 has no parallel tool calls")
			.hasSize(1);
	}

	@Test
	void toolChoiceNoneRequiredAndNamedAreHonoured() {
		String tools = "\"tools\": [" + tool("get_weather", "Get the weather") + ", " + tool("send_email", "Send mail")
				+ "]";

		assertThat(answer(ask("gpt-4o", "weather?", tools + ", \"tool_choice\": \"none\"")).choices()
			.get(0)
			.finishReason()).isEqualTo("stop");
		assertThat(answer(ask("gpt-4o", "Tell me a joke", tools)).choices().get(0).finishReason())
			.as("auto with nothing relevant answers in text")
			.isEqualTo("stop");
		assertThat(answer(ask("gpt-4o", "Tell me a joke", tools + ", \"tool_choice\": \"required\"")).choices()
			.get(0)
			.message()
			.toolCalls()).isNotEmpty();
		assertThat(answer(ask("gpt-4o", "weather?",
				tools + ", \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"send_email\"}}"))
			.choices()
			.get(0)
			.message()
			.toolCalls()).extracting((c) -> c.function().name()).containsExactly("send_email");
	}

	@Test
	void autoAnswersInTextOnceTheLastMessageIsAToolResult() {
		String json = """
				{"model": "gpt-4o", "messages": [
				  {"role": "user", "content": "What is the weather in Paris?"},
				  {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
				    "function": {"name": "get_weather", "arguments": "{\\"location\\":\\"Paris\\"}"}}]},
				  {"role": "tool", "tool_call_id": "call_1", "content": "22 degrees and sunny"}],
				 %s}""".formatted(WEATHER_TOOL);

		ChatCompletion.Choice choice = answer(json).choices().get(0);

		assertThat(choice.finishReason()).isEqualTo("stop");
		assertThat(choice.message().content()).isNotBlank();
	}

	@Test
	void toolsOnAModelWithoutFunctionCallingAreRefused() {
		ApiException ex = refusal(ask("meta-llama/Llama-3.2-1B-Instruct", "weather?", WEATHER_TOOL));

		assertThat(ex.toError().error().param()).isEqualTo("tools");
	}

	@Test
	void jsonModeReturnsAnObjectAndNeedsTheWordJson() {
		String content = answer(ask("gpt-4o", "Answer in JSON: what is photosynthesis?",
				"\"response_format\": {\"type\": \"json_object\"}"))
			.choices()
			.get(0)
			.message()
			.content();

		assertThat(JSON.readTree(content).isObject()).isTrue();
		assertThat(refusal(ask("gpt-4o", "what is photosynthesis?", "\"response_format\": {\"type\": \"json_object\"}"))
			.getMessage()).contains("must contain the word 'json'");
	}

	@Test
	void structuredOutputsMatchTheSchema() {
		String schema = """
				{"type": "object", "additionalProperties": false,
				 "required": ["name", "when", "tags", "priority", "location", "score"],
				 "properties": {"name": {"type": "string", "minLength": 3}, "when": {"type": "string", "format": "date-time"},
				   "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
				   "priority": {"type": "string", "enum": ["low", "medium", "high"]},
				   "location": {"$ref": "#/$defs/place"}, "score": {"type": "integer", "minimum": 1, "maximum": 5}},
				 "$defs": {"place": {"type": "object", "additionalProperties": false, "required": ["city", "zip"],
				   "properties": {"city": {"type": "string"}, "zip": {"type": ["string", "null"]}}}}}""";

		assertAnswersValidForSeeds("Plan a launch event in Berlin", schema);
	}

	@Test
	void structuredOutputsMatchStringPatterns() {
		String schema = """
				{"type": "object", "additionalProperties": false, "required": ["phone", "sku", "currency", "email", "city"],
				 "properties": {"phone": {"type": "string", "pattern": "^\\\\+1-\\\\d{3}-\\\\d{3}-\\\\d{4}$"},
				   "sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{5}$", "maxLength": 9},
				   "currency": {"type": "string", "pattern": "^(USD|EUR|GBP)$"},
				   "email": {"type": "string", "pattern": "^[a-z]+@[a-z]+\\\\.(com|org)$"},
				   "city": {"type": "string", "pattern": "^[A-Z][a-z]+$"}}}""";

		assertAnswersValidForSeeds("Register a customer from Berlin", schema);
	}

	private void assertAnswersValidForSeeds(String prompt, String schema) {
		for (long seed = 0; seed < 20; seed++) {
			String content = answer(ask("gpt-4o", prompt,
					"\"seed\": " + seed + ", \"response_format\": {\"type\": \"json_schema\", \"json_schema\": "
							+ "{\"name\": \"answer\", \"strict\": true, \"schema\": " + schema + "}}"))
				.choices()
				.get(0)
				.message()
				.content();
			assertValid(schema, content);
		}
	}

	@Test
	void strictSchemasFollowOpenAisRules() {
		String loose = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}";

		ApiException ex = refusal(
				ask("gpt-4o", "x", "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": "
						+ "{\"name\": \"o\", \"strict\": true, \"schema\": " + loose + "}}"));

		assertThat(ex.getMessage()).contains("additionalProperties");
		assertThat(answer(ask("gpt-4o", "x", "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": "
				+ "{\"name\": \"o\", \"schema\": " + loose + "}}"))
			.choices()).hasSize(1);
	}

	@Test
	void formatsAModelDoesNotSupportAreRefused() {
		assertThat(refusal(ask("mistralai/Mixtral-8x7B-Instruct-v0.1", "x",
				"\"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"o\", \"schema\": {}}}"))
			.toError()
			.error()
			.param()).isEqualTo("response_format");
		assertThat(refusal(ask("TinyLlama/TinyLlama-1.1B-Chat-v1.0", "json please",
				"\"response_format\": {\"type\": \"json_object\"}"))
			.toError()
			.error()
			.param()).isEqualTo("response_format");
	}

	@Test
	void imagesAreCountedForVisionModelsAndRefusedForOthers() {
		String low = image("https://example.com/cat.png", "low");
		String high = image("https://example.com/cat.png", "high");

		int withLow = answer(low.replace("MODEL", "gpt-4o")).usage().promptTokens();
		int withHigh = answer(high.replace("MODEL", "gpt-4o")).usage().promptTokens();

		assertThat(withHigh - withLow).isEqualTo(765 - 85);
		ApiException ex = refusal(low.replace("MODEL", "gpt-3.5-turbo"));
		assertThat(ex.toError().error().param()).isEqualTo("messages[0].content[1].type");
	}

	@Test
	void imageDimensionsAreReadFromDataUrls() {
		byte[] png = new byte[24];
		png[0] = (byte) 0x89;
		png[1] = 'P';
		png[2] = 'N';
		png[3] = 'G';
		png[19] = (byte) 200;
		png[23] = (byte) 100;
		String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);

		int small = answer(image(url, "high").replace("MODEL", "gpt-4o")).usage().promptTokens();
		int large = answer(image("https://example.com/a.png", "high").replace("MODEL", "gpt-4o")).usage()
			.promptTokens();

		assertThat(large - small).isEqualTo(765 - (85 + 170));
	}

	@Test
	void audioInputIsCountedForAudioModelsOnly() {
		String json = """
				{"model": "MODEL", "messages": [{"role": "user", "content": [{"type": "text", "text": "Transcribe"},
				  {"type": "input_audio", "input_audio": {"data": "%s", "format": "mp3"}}]}]}"""
			.formatted(Base64.getEncoder().encodeToString(new byte[32_000]));

		ChatCompletion completion = answer(json.replace("MODEL", "gemini-2.5-flash"));

		assertThat(completion.usage().promptTokensDetails().audioTokens()).isEqualTo(20);
		assertThat(refusal(json.replace("MODEL", "gpt-4o")).toError().error().param())
			.isEqualTo("messages[0].content[1].type");
	}

	@Test
	void predictionsReportAcceptedAndRejectedTokens() {
		String prediction = "line one of the file\\nline two of the file\\nline three of the file";

		ChatCompletion completion = answer(ask("gpt-4o", "Rename the variable",
				"\"prediction\": {\"type\": \"content\", \"content\": \"" + prediction + "\"}, \"seed\": 3"));

		ChatCompletion.CompletionDetails details = completion.usage().completionTokensDetails();
		assertThat(details.acceptedPredictionTokens()).isPositive();
		assertThat(details.rejectedPredictionTokens()).isPositive();
		assertThat(details.acceptedPredictionTokens() + details.rejectedPredictionTokens()).isEqualTo(
				ChatFixtures.COUNTER.count(dev.fakeai.models.Tokenizer.O200K_BASE, prediction.replace("\\n", "\n")));
		assertThat(refusal(ask("gpt-4.1", "x", "\"prediction\": {\"type\": \"content\", \"content\": \"y\"}")).toError()
			.error()
			.param()).isEqualTo("prediction");
	}

	@Test
	void logprobsMatchTheReturnedTokens() {
		ChatCompletion.Choice choice = answer(
				ask("gpt-4o", "Explain photosynthesis", "\"logprobs\": true, \"top_logprobs\": 3, \"seed\": 9"))
			.choices()
			.get(0);

		List<ChatCompletion.TokenLogprob> tokens = choice.logprobs().orElseThrow().content();
		assertThat(String.join("", tokens.stream().map(ChatCompletion.TokenLogprob::token).toList()))
			.isEqualTo(choice.message().content());
		assertThat(tokens).allSatisfy((token) -> {
			assertThat(token.logprob()).isNegative();
			assertThat(token.topLogprobs()).hasSize(3);
			assertThat(token.topLogprobs().get(0).token()).isEqualTo(token.token());
			assertThat(token.topLogprobs().stream().mapToDouble((t) -> Math.exp(t.logprob())).sum()).isLessThan(1.0);
			assertThat(token.topLogprobs()).isSortedAccordingTo((a, b) -> Double.compare(b.logprob(), a.logprob()));
		});
	}

	@Test
	void repeatedLongPromptsReportCachedTokens() {
		String longText = "The quick brown fox jumps over the lazy dog. ".repeat(150);
		String first = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"system\", \"content\": \"" + longText
				+ "\"}, {\"role\": \"user\", \"content\": \"First question\"}]}";
		String second = first.replace("First question", "Second question");

		ChatCompletion.Usage before = answer(first).usage();
		ChatCompletion.Usage after = answer(second).usage();

		assertThat(before.promptTokensDetails().cachedTokens()).isZero();
		assertThat(after.promptTokensDetails().cachedTokens()).isGreaterThanOrEqualTo(1024)
			.isLessThanOrEqualTo(after.promptTokens());
		assertThat(after.promptTokensDetails().cachedTokens() % 128).isZero();
	}

	@Test
	void unknownModelsAreCreatedOrNotFound() {
		assertThat(answer(ask("my-custom-model-7b", "Hi", "")).model()).isEqualTo("my-custom-model-7b");
		GenerationEngine noCreate = ChatFixtures.service(true, false);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete(noCreate, ask("my-custom-model-7b", "Hi", "")))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
		assertThat(answer(ask("ft:gpt-4o-mini-2024-07-18:acme::job1", "Hi", "")).model())
			.isEqualTo("ft:gpt-4o-mini-2024-07-18:acme::job1");
	}

	@Test
	void nonChatModelsAreRefused() {
		assertThat(refusal(ask("text-embedding-3-small", "Hi", "")).toError().error().param()).isEqualTo("model");
	}

	@Test
	void serviceTierEchoesWhatServedTheRequest() {
		assertThat(answer(ask("gpt-4o", "Hi", "\"service_tier\": \"flex\"")).serviceTier()).isEqualTo("flex");
		assertThat(answer(ask("gpt-4o", "Hi", "\"service_tier\": \"fast\"")).serviceTier()).isEqualTo("priority");
	}

	private static final String WEATHER_SCHEMA = """
			{"type": "object", "properties": {"location": {"type": "string"},
			 "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location"]}""";

	private static final String WEATHER_TOOL = "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": "
			+ "\"get_weather\", \"description\": \"Get the current weather in a city\", \"parameters\": "
			+ WEATHER_SCHEMA + "}}]";

	private static String tool(String name, String description) {
		return "{\"type\": \"function\", \"function\": {\"name\": \"" + name + "\", \"description\": \"" + description
				+ "\", \"parameters\": {\"type\": \"object\", \"properties\": {}}}}";
	}

	private static String image(String url, String detail) {
		return """
				{"model": "MODEL", "messages": [{"role": "user", "content": [{"type": "text", "text": "What is this?"},
				  {"type": "image_url", "image_url": {"url": "%s", "detail": "%s"}}]}]}""".formatted(url, detail);
	}

	private static void assertValid(String schema, String instance) {
		assertThat(IndependentSchemaValidator.failure(schema, instance)).as(instance).isNull();
	}

}
