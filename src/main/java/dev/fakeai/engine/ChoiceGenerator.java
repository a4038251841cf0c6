package dev.fakeai.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.networknt.schema.Schema;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.Tokenizer;
import dev.fakeai.simulation.JsonInstanceGenerator;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.PromptTopic;
import dev.fakeai.simulation.RegexBudgetException;
import dev.fakeai.simulation.TextComposer;
import dev.fakeai.simulation.Token;
import dev.fakeai.simulation.TokenCounter;
import dev.fakeai.simulation.UnsatisfiableSchemaException;
import dev.fakeai.simulation.answers.AnswerEngine;
import dev.fakeai.simulation.answers.Conversation;
import dev.fakeai.simulation.answers.Slots;
import dev.fakeai.simulation.answers.TokenBias;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates one choice from a seeded random source: reasoning (visible or hidden) first,
 * then tool calls or content (text, a JSON object, a schema instance or an edit of the
 * prediction), cut by stop sequences and by the output limit, with log probabilities.
 */
final class ChoiceGenerator {

	private static final int SCHEMA_ATTEMPTS = 8;

	/**
	 * Room kept for a composed answer after reasoning: a quarter of the limit, within
	 * these.
	 */
	private static final int MIN_ANSWER_RESERVE = 16;

	private static final int MAX_ANSWER_RESERVE = 256;

	static final int MAX_VISIBLE_REASONING = 4096;

	private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final TokenCounter counter;

	private final TextComposer composer = new TextComposer();

	private final AnswerEngine answers = new AnswerEngine();

	private final JsonSchemas schemas;

	ChoiceGenerator(TokenCounter counter, JsonSchemas schemas) {
		this.counter = counter;
		this.schemas = schemas;
	}

	/**
	 * What every choice of one request shares.
	 *
	 * @param request the request
	 * @param model the resolved model
	 * @param topic the prompt's topic
	 * @param outputLimit the output token budget of each choice
	 * @param toolSchemas compiled parameter schemas by function name (usable ones only)
	 * @param responseSchema the compiled {@code json_schema}, if any
	 */
	record Context(GenerationRequest request, ModelDefinition model, PromptTopic topic, int outputLimit,
			Map<String, Schema> toolSchemas, @Nullable Schema responseSchema, Conversation conversation,
			TokenBias bias) {
	}

	/**
	 * One choice: the tools the request asks for, else a skill's answer, else the
	 * composer's; reasoning first, sized to the question and leaving room for the answer
	 * within the output limit (a limit too small for any answer still ends in reasoning).
	 */
	GeneratedChoice generate(Context context, int index, SplittableRandom random) {
		boolean parallel = context.request().parallelToolCalls() && context.model().has(Capability.PARALLEL_TOOL_CALLS);
		List<ToolPlanner.Planned> calls = ToolPlanner.toolsToCall(context.request(), parallel);
		if (!calls.isEmpty()) {
			Reasoning reasoning = reasoning(context, random, 0, false);
			int remaining = context.outputLimit() - reasoning.count();
			if (remaining > 0) {
				return toolTurn(context, index, random, calls, reasoning, remaining);
			}
			return contentTurn(context, index, random, reasoning, remaining, null);
		}
		String skilled = skilled(context, random);
		int reserve = (skilled != null) ? this.counter.count(context.model().capabilities().tokenizer(), skilled)
				: Math.min(MAX_ANSWER_RESERVE, Math.max(MIN_ANSWER_RESERVE, context.outputLimit() / 4));
		Reasoning reasoning = reasoning(context, random, reserve, skilled != null);
		return contentTurn(context, index, random, reasoning, context.outputLimit() - reasoning.count(), skilled);
	}

	/** A skill's answer to a plain-text request, or null for the composer to answer. */
	private @Nullable String skilled(Context context, SplittableRandom random) {
		GenerationRequest request = context.request();
		if (request.responseFormat().type() != GenerationRequest.ResponseFormat.Type.TEXT
				|| request.prediction() != null) {
			return null;
		}
		return this.answers.answer(context.conversation(), context.bias(), random);
	}

	/**
	 * A fixture's answer as a choice: its reasoning (or a simulated one, for a model that
	 * reasons), then its tool calls, each checked against the offered tool's schema, or
	 * its text or refusal, cut by stop sequences and the output limit like any other.
	 */
	GeneratedChoice scripted(Context context, int index, Script script, SplittableRandom random) {
		Reasoning reasoning = scriptedReasoning(context, script, random);
		int remaining = Math.max(0, context.outputLimit() - reasoning.count());
		Tokenizer tokenizer = context.model().capabilities().tokenizer();
		boolean stream = context.request().stream();
		if (!script.toolCalls().isEmpty()) {
			List<ToolCall> calls = new ArrayList<>();
			List<List<Token>> argumentTokens = new ArrayList<>();
			int used = 0;
			FinishReason finish = FinishReason.TOOL_CALLS;
			for (Script.Call call : script.toolCalls()) {
				String arguments = scriptedArguments(context, script, call);
				int tokens = this.counter.count(tokenizer, arguments) + this.counter.count(tokenizer, call.name());
				if (used + tokens > remaining) {
					arguments = this.counter.truncate(tokenizer, arguments, Math.max(0, remaining - used));
					tokens = remaining - used;
					finish = FinishReason.LENGTH;
				}
				calls.add(new ToolCall((call.id() != null) ? call.id() : callId(random), call.name(), arguments));
				argumentTokens.add(stream ? this.counter.tokens(tokenizer, arguments) : List.of());
				used += tokens;
				if (finish == FinishReason.LENGTH) {
					break;
				}
			}
			return new GeneratedChoice(index, null, List.of(), false, reasoning.text(), reasoning.tokens(),
					reasoning.count(), reasoning.summary(), reasoning.summaryTokens(), calls, argumentTokens,
					finishReason(script, finish), reasoning.count() + used, 0, 0, null);
		}
		boolean refusal = script.refusal() != null;
		String text = refusal ? script.refusal()
				: cutAtStop((script.content() != null) ? script.content() : "", context.request().stop());
		FinishReason finish = FinishReason.STOP;
		List<Token> tokens = this.counter.tokens(tokenizer, text);
		if (tokens.size() > remaining) {
			tokens = tokens.subList(0, remaining);
			text = join(tokens);
			finish = FinishReason.LENGTH;
		}
		int count = tokens.size();
		boolean keepTokens = stream || context.request().logprobs();
		List<TokenLogprob> logprobs = context.request().logprobs()
				? TokenLogprobs.of(tokens, context.request().topLogprobs(), random) : null;
		return new GeneratedChoice(index, text, keepTokens ? tokens : List.of(), refusal, reasoning.text(),
				reasoning.tokens(), reasoning.count(), reasoning.summary(), reasoning.summaryTokens(), List.of(),
				List.of(), finishReason(script, finish), reasoning.count() + count, 0, 0, logprobs);
	}

	private static FinishReason finishReason(Script script, FinishReason natural) {
		return (script.finishReason() != null) ? script.finishReason() : natural;
	}

	/**
	 * A script's reasoning: its text, shown by models that show reasoning, else counted
	 * as hidden reasoning (and given as the summary when one is asked for); a model that
	 * reasons without a scripted text reasons as simulated.
	 */
	private Reasoning scriptedReasoning(Context context, Script script, SplittableRandom random) {
		if (!context.model().has(Capability.REASONING)) {
			return Reasoning.NONE;
		}
		if (script.reasoning() == null) {
			return reasoning(context, random, 0, false);
		}
		Tokenizer tokenizer = context.model().capabilities().tokenizer();
		List<Token> tokens = this.counter.tokens(tokenizer, script.reasoning());
		if (context.model().has(Capability.REASONING_CONTENT)) {
			return new Reasoning(script.reasoning(), context.request().stream() ? tokens : List.of(), tokens.size(),
					null, List.of());
		}
		if (context.request().reasoningSummary() == null) {
			return new Reasoning(null, List.of(), tokens.size(), null, List.of());
		}
		return new Reasoning(null, List.of(), tokens.size(), script.reasoning(), tokens);
	}

	/**
	 * A scripted call's arguments as JSON text, once the function is found among the
	 * offered tools and the arguments fit its schema.
	 */
	private String scriptedArguments(Context context, Script script, Script.Call call) {
		GenerationRequest.Tool offered = null;
		for (GenerationRequest.Tool tool : context.request().tools()) {
			if (tool.name().equals(call.name())) {
				offered = tool;
			}
		}
		if (offered == null) {
			throw ApiException.badRequest(null,
					"Fixture '" + script.fixture() + "' calls '" + call.name()
							+ "', which this request does not offer as a tool" + offeredTools(context.request()) + ".",
					"fixture_invalid");
		}
		Schema schema = context.toolSchemas().get(call.name());
		if (schema != null) {
			List<JsonSchemas.Violation> violations;
			try {
				violations = this.schemas.violations(schema, call.arguments());
			}
			catch (RegexBudgetException ex) {
				throw ApiException.badRequest(null, "Fixture '" + script.fixture() + "' calls '" + call.name()
						+ "' with arguments checked against " + ex.getMessage() + ".", "fixture_invalid");
			}
			if (!violations.isEmpty()) {
				JsonSchemas.Violation first = violations.get(0);
				throw ApiException.badRequest(null,
						"Fixture '" + script.fixture() + "' calls '" + call.name()
								+ "' with arguments that do not fit its parameters: '" + first.keyword() + "' at '"
								+ first.location() + "' (" + first.message() + ").",
						"fixture_invalid");
			}
		}
		return call.arguments().toString();
	}

	private static String offeredTools(GenerationRequest request) {
		if (request.tools().isEmpty()) {
			return " (it offers none)";
		}
		List<String> names = new ArrayList<>();
		for (GenerationRequest.Tool tool : request.tools()) {
			names.add(tool.name());
		}
		return " (it offers " + String.join(", ", names) + ")";
	}

	/**
	 * The reasoning a model spends first: none, hidden (a count, with a summary when the
	 * request asks for one), or visible text of the drawn budget, cut at
	 * {@value #MAX_VISIBLE_REASONING} tokens and at the output limit less the room the
	 * answer needs (when the limit has that room).
	 */
	private Reasoning reasoning(Context context, SplittableRandom random, int reserve, boolean simple) {
		if (!context.model().has(Capability.REASONING)) {
			return Reasoning.NONE;
		}
		int limit = (context.outputLimit() > reserve) ? context.outputLimit() - reserve : context.outputLimit();
		int planned = ReasoningBudget.tokens(context.request().reasoningEffort(), context.topic(), random, simple);
		Tokenizer tokenizer = context.model().capabilities().tokenizer();
		if (!context.model().has(Capability.REASONING_CONTENT) || planned == 0) {
			int spent = Math.min(planned, limit);
			String level = context.request().reasoningSummary();
			if (level == null || spent == 0) {
				return new Reasoning(null, List.of(), spent, null, List.of());
			}
			int length = Math.min(spent, ReasoningBudget.summaryTokens(level, random));
			String summary = this.counter.truncate(tokenizer,
					this.composer.reasoningSummary(context.topic(), random, length), length);
			return new Reasoning(null, List.of(), spent, summary, this.counter.tokens(tokenizer, summary));
		}
		int visible = Math.min(Math.min(planned, MAX_VISIBLE_REASONING), limit);
		String text = this.counter.truncate(tokenizer, this.composer.reasoning(context.topic(), random, visible),
				visible);
		if (!context.request().stream()) {
			return new Reasoning(text, List.of(), this.counter.count(tokenizer, text), null, List.of());
		}
		List<Token> tokens = this.counter.tokens(tokenizer, text);
		return new Reasoning(text, tokens, tokens.size(), null, List.of());
	}

	private GeneratedChoice toolTurn(Context context, int index, SplittableRandom random,
			List<ToolPlanner.Planned> planned, Reasoning reasoning, int remaining) {
		Tokenizer tokenizer = context.model().capabilities().tokenizer();
		boolean stream = context.request().stream();
		List<ToolCall> calls = new ArrayList<>();
		List<List<Token>> argumentTokens = new ArrayList<>();
		int used = 0;
		FinishReason finish = FinishReason.TOOL_CALLS;
		Set<String> made = new HashSet<>();
		for (ToolPlanner.Planned plan : planned) {
			GenerationRequest.Tool tool = plan.tool();
			Schema schema = context.toolSchemas().get(tool.name());
			JsonNode generated = instance(tool.parameters(), schema, context.topic(), random,
					SchemaOwner.tool(context.request(), tool));
			String arguments = ToolArguments
				.fill(generated, tool.parameters(),
						Slots.fill(tool.parameters(), plan.clause(), ToolPlanner.lastUserText(context.request())),
						schema, this.schemas)
				.toString();
			if (!made.add(tool.name() + arguments)) {
				continue;
			}
			int tokens = this.counter.count(tokenizer, arguments) + this.counter.count(tokenizer, tool.name());
			if (used + tokens > remaining) {
				arguments = this.counter.truncate(tokenizer, arguments, Math.max(0, remaining - used));
				tokens = remaining - used;
				finish = FinishReason.LENGTH;
			}
			calls.add(new ToolCall(callId(random), tool.name(), arguments));
			argumentTokens.add(stream ? this.counter.tokens(tokenizer, arguments) : List.of());
			used += tokens;
			if (finish == FinishReason.LENGTH) {
				break;
			}
		}
		return new GeneratedChoice(index, null, List.of(), false, reasoning.text(), reasoning.tokens(),
				reasoning.count(), reasoning.summary(), reasoning.summaryTokens(), calls, argumentTokens, finish,
				reasoning.count() + used, 0, 0, null);
	}

	private GeneratedChoice contentTurn(Context context, int index, SplittableRandom random, Reasoning reasoning,
			int remaining, @Nullable String skilled) {
		GenerationRequest request = context.request();
		Tokenizer tokenizer = context.model().capabilities().tokenizer();
		String text = (skilled != null) ? skilled : content(context, random);
		FinishReason finish = FinishReason.STOP;
		text = cutAtStop(text, request.stop());
		List<Token> tokens = List.of();
		int count;
		if (request.stream() || request.logprobs()) {
			tokens = this.counter.tokens(tokenizer, text);
			if (tokens.size() > Math.max(0, remaining)) {
				tokens = tokens.subList(0, Math.max(0, remaining));
				text = join(tokens);
				finish = FinishReason.LENGTH;
			}
			count = tokens.size();
		}
		else {
			count = this.counter.count(tokenizer, text);
			if (count > Math.max(0, remaining)) {
				text = this.counter.truncate(tokenizer, text, Math.max(0, remaining));
				count = Math.max(0, remaining);
				finish = FinishReason.LENGTH;
			}
		}
		int accepted = 0;
		int rejected = 0;
		if (request.prediction() != null) {
			int predicted = this.counter.count(tokenizer, request.prediction());
			accepted = Math.min(predicted, commonTokens(request.prediction(), text, tokenizer));
			rejected = predicted - accepted;
		}
		List<TokenLogprob> logprobs = request.logprobs() ? TokenLogprobs.of(tokens, request.topLogprobs(), random)
				: null;
		return new GeneratedChoice(index, text, tokens, false, reasoning.text(), reasoning.tokens(), reasoning.count(),
				reasoning.summary(), reasoning.summaryTokens(), List.of(), List.of(), finish, reasoning.count() + count,
				accepted, rejected, logprobs);
	}

	/**
	 * Reasoning spent before the answer: visible text (with its tokens when streamed) or
	 * a hidden count, with a summary (and its tokens) when asked for.
	 */
	private record Reasoning(@Nullable String text, List<Token> tokens, int count, @Nullable String summary,
			List<Token> summaryTokens) {

		static final Reasoning NONE = new Reasoning(null, List.of(), 0, null, List.of());

	}

	private String content(Context context, SplittableRandom random) {
		GenerationRequest request = context.request();
		return switch (request.responseFormat().type()) {
			case JSON_SCHEMA -> schemaAnswer(context, random);
			case JSON_OBJECT -> {
				String asked = this.answers.jsonObject(context.conversation(), context.bias(), random);
				yield (asked != null) ? asked : jsonObject(context.topic(), random);
			}
			default -> (request.prediction() != null) ? edit(request.prediction(), context.topic(), random)
					: this.composer.answer(context.topic(), random);
		};
	}

	/**
	 * A structured answer: a value of the schema, with the fields the prompt gives (or
	 * the answer itself, for a field that asks for it) where they keep it valid.
	 */
	private String schemaAnswer(Context context, SplittableRandom random) {
		GenerationRequest request = context.request();
		JsonNode schema = request.responseFormat().schema();
		JsonNode generated = instance(schema, context.responseSchema(), context.topic(), random,
				SchemaOwner.responseFormat(request));
		if (schema == null || !generated.isObject()) {
			return generated.toString();
		}
		ObjectNode known = this.answers.fields(schema, context.conversation(), context.bias(), random);
		return ToolArguments.fill(generated, schema, known, context.responseSchema(), this.schemas).toString();
	}

	/**
	 * A value of the schema that the validator accepts. A schema no value satisfies, or
	 * one whose values the generator misses every time, is the client's 400 naming the
	 * keyword, never an invalid value presented as valid.
	 */
	private JsonNode instance(@Nullable JsonNode schema, @Nullable Schema compiled, PromptTopic topic,
			SplittableRandom random, SchemaOwner owner) {
		JsonNode root = (schema != null) ? schema : GenerationRequest.emptyObjectSchema();
		JsonSchemas.Violation violation = null;
		SplittableRandom source = random;
		for (int attempt = 0; attempt < SCHEMA_ATTEMPTS; attempt++, source = random.split()) {
			JsonNode value;
			List<JsonSchemas.Violation> violations;
			try {
				value = new JsonInstanceGenerator(root, source, topic).generate();
				violations = (compiled != null) ? this.schemas.violations(compiled, value) : List.of();
			}
			catch (UnsatisfiableSchemaException | RegexBudgetException ex) {
				throw StrictSchemaRules.invalid(owner.name(), owner.param(), ex.getMessage());
			}
			if (violations.isEmpty()) {
				return value;
			}
			violation = violations.get(0);
		}
		throw StrictSchemaRules.invalid(owner.name(), owner.param(),
				"no value satisfying '" + violation.keyword() + "' at '" + violation.location() + "' was found in "
						+ SCHEMA_ATTEMPTS + " attempts (" + violation.message() + ").");
	}

	/**
	 * Whose schema a value is made for, for errors: the owner's name and the request
	 * parameter.
	 */
	record SchemaOwner(String name, String param) {

		static SchemaOwner responseFormat(GenerationRequest request) {
			return new SchemaOwner(request.surface().name(ApiSurface.Param.RESPONSE_FORMAT),
					request.surface().name(ApiSurface.Param.RESPONSE_SCHEMA));
		}

		static SchemaOwner tool(GenerationRequest request, GenerationRequest.Tool tool) {
			return new SchemaOwner("function '" + tool.name() + "'",
					request.surface().toolParameters(request.tools().indexOf(tool)));
		}

	}

	private String jsonObject(PromptTopic topic, SplittableRandom random) {
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		object.put("topic", topic.subject());
		String answer = this.composer.answer(topic, random);
		int end = answer.indexOf('\n');
		object.put("answer", (end > 0) ? answer.substring(0, end) : answer);
		var keywords = object.putArray("keywords");
		topic.keywords().stream().limit(3).forEach(keywords::add);
		return object.toString();
	}

	private String edit(String prediction, PromptTopic topic, SplittableRandom random) {
		String[] lines = prediction.split("\n", -1);
		String replacement = this.composer.answer(topic, random).split("\n")[0];
		if (lines.length < 2) {
			return prediction + (prediction.endsWith(" ") || prediction.isEmpty() ? "" : " ") + replacement;
		}
		lines[random.nextInt(lines.length)] = replacement;
		return String.join("\n", lines);
	}

	private int commonTokens(String prediction, String output, Tokenizer tokenizer) {
		int prefix = 0;
		int max = Math.min(prediction.length(), output.length());
		while (prefix < max && prediction.charAt(prefix) == output.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& prediction.charAt(prediction.length() - 1 - suffix) == output.charAt(output.length() - 1 - suffix)) {
			suffix++;
		}
		return this.counter.count(tokenizer, prediction.substring(0, prefix))
				+ this.counter.count(tokenizer, prediction.substring(prediction.length() - suffix));
	}

	static String cutAtStop(String text, List<String> stops) {
		int cut = text.length();
		for (String stop : stops) {
			int at = stop.isEmpty() ? -1 : text.indexOf(stop);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		return text.substring(0, cut);
	}

	private static String join(List<Token> tokens) {
		int length = 0;
		for (Token token : tokens) {
			length += token.bytes().length;
		}
		byte[] bytes = new byte[length];
		int at = 0;
		for (Token token : tokens) {
			System.arraycopy(token.bytes(), 0, bytes, at, token.bytes().length);
			at += token.bytes().length;
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static String callId(SplittableRandom random) {
		StringBuilder id = new StringBuilder("call_");
		for (int i = 0; i < 24; i++) {
			id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
		}
		return id.toString();
	}

}
