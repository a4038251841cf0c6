package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

import com.networknt.schema.Schema;
import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.MatchKind;
import dev.fakeai.models.ModelCapabilities;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.ModelLookup;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.Tokenizer;
import dev.fakeai.simulation.BoundedMemo;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.PromptTopic;
import dev.fakeai.simulation.TokenCounter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Generates for any API: resolves the model (creating it when allowed), applies what its
 * capabilities allow, counts the prompt, checks the context window, generates each choice
 * from a seed, totals the usage and plans the timing.
 */
@Service
public class GenerationEngine {

	private static final int PROMPT_CACHE_ENTRIES = 10_000;

	private static final int DISTINCT_ATTEMPTS = 8;

	/**
	 * What one choice's answer is expected to hold, at most, for the in-flight budget's
	 * reservation before generating (the held count is corrected after).
	 */
	private static final int ESTIMATED_ANSWER_TOKENS = 2_048;

	/**
	 * Regenerations one request may spend on repeats in all, so a format with one answer
	 * costs little.
	 */
	private static final int SPARE_ATTEMPTS = 64;

	private final ModelRegistry registry;

	private final TokenCounter counter;

	private final JsonSchemas schemas;

	private final ChoiceGenerator generator;

	private final PromptCache promptCache = new PromptCache(PROMPT_CACHE_ENTRIES);

	private final BoundedMemo<PromptTopic> topics = new BoundedMemo<>(4_096, 2_048);

	private final FakeAiProperties properties;

	private final ScriptBook scripts;

	public GenerationEngine(ModelRegistry registry, TokenCounter counter, JsonSchemas schemas,
			FakeAiProperties properties) {
		this(registry, counter, schemas, properties, (query) -> null);
	}

	@Autowired
	public GenerationEngine(ModelRegistry registry, TokenCounter counter, JsonSchemas schemas,
			FakeAiProperties properties, ScriptBook scripts) {
		this.registry = registry;
		this.counter = counter;
		this.schemas = schemas;
		this.generator = new ChoiceGenerator(counter, schemas);
		this.properties = properties;
		this.scripts = scripts;
	}

	/**
	 * Generates the reply to a request.
	 * @param request the request, as the API's parser made it
	 * @param latency the timing the request's headers ask for
	 * @return the reply
	 */
	public Reply generate(GenerationRequest request, LatencyOverride latency) {
		return generate(request, CallContext.of(latency));
	}

	/**
	 * Generates the reply to a request: a fixture's script where one matches, else a
	 * simulated one; the call notes the model, the fixture and the reply.
	 * @param request the request, as the API's parser made it
	 * @param call the call's timing and headers
	 * @return the reply
	 */
	public Reply generate(GenerationRequest request, CallContext call) {
		ModelLookup.Found found = resolve(request.model(), request.surface().required());
		ModelDefinition model = found.model();
		call.noteModel(model.id());
		call.noteApi(request.surface().api());
		CapabilityRules.check(request, model, this.properties.compat().strictParameters());
		Script script = this.scripts.find(new ScriptBook.Query(request.surface().api(), request, model, call));
		if (script != null) {
			call.noteFixture(script.fixture());
			call.noteFault(script.fault());
			if (script.error() != null) {
				Script.Failure error = script.error();
				throw ApiException.scripted(error.status(), error.type(), error.code(), error.message(), error.param());
			}
		}
		ModelCapabilities caps = model.capabilities();
		PromptTokens prompt = PromptTokens.count(request, caps.tokenizer(), this.counter, hidesReasoning(model));
		int limit = outputLimit(request, caps, prompt.total(), this.properties.compat().strictParameters());
		Integer requested = request.requestedOutputLimit();
		call.admit(model.id(), prompt.total() + ((requested != null) ? requested : 0));
		int estimate = request.n()
				* Math.min(limit, (model.has(Capability.REASONING_CONTENT) ? ChoiceGenerator.MAX_VISIBLE_REASONING : 0)
						+ ESTIMATED_ANSWER_TOKENS);
		call.retain(estimate);
		ChoiceGenerator.Context context = new ChoiceGenerator.Context(request, model, topic(request), limit,
				toolSchemas(request), responseSchema(request), Conversations.of(request),
				Conversations.bias(request, caps.tokenizer(), this.counter));
		long seed = (request.seed() != null) ? RequestFingerprint.of(request) ^ request.seed()
				: ThreadLocalRandom.current().nextLong();
		List<GeneratedChoice> choices = (script != null && script.answers())
				? scriptedChoices(context, script, request.n(), seed) : distinctChoices(context, request.n(), seed);
		int held = 0;
		for (GeneratedChoice choice : choices) {
			held += choice.visibleTokens();
		}
		call.retain(held - estimate);
		int cached = model.has(Capability.KV_CACHE) ? this.promptCache.cachedTokens(model.id(), prompt) : 0;
		Usage usage = usage(prompt, cached, choices);
		LatencyOverride latency = call.latency();
		if (script != null) {
			usage = scriptedUsage(usage, script.usage());
			latency = new LatencyOverride(latency.speedFactor(),
					(script.timeToFirstTokenMs() != null) ? script.timeToFirstTokenMs() : latency.timeToFirstTokenMs(),
					(script.interTokenMs() != null) ? script.interTokenMs() : latency.interTokenMs());
		}
		Reply reply = new Reply(responseModel(found), choices, usage, fingerprint(model), serviceTier(request),
				caps.features(), timing(latency, caps, choices));
		call.noteReply(reply);
		return reply;
	}

	private List<GeneratedChoice> scriptedChoices(ChoiceGenerator.Context context, Script script, int n, long seed) {
		List<GeneratedChoice> choices = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			choices.add(this.generator.scripted(context, i, script,
					new SplittableRandom(RequestFingerprint.mix(seed + i))));
		}
		return choices;
	}

	private static Usage scriptedUsage(Usage usage, Script.@Nullable UsageOverride override) {
		if (override == null) {
			return usage;
		}
		int prompt = (override.promptTokens() != null) ? override.promptTokens() : usage.promptTokens();
		int completion = (override.completionTokens() != null) ? override.completionTokens() : usage.completionTokens();
		return new Usage(prompt, Math.min(usage.cachedTokens(), prompt), usage.audioPromptTokens(), completion,
				Math.min(usage.reasoningTokens(), completion), usage.acceptedPredictionTokens(),
				usage.rejectedPredictionTokens());
	}

	/**
	 * The model an API request names, for APIs that do not generate through the engine
	 * (moderations, embeddings): resolved as for generation (typos and unknown names
	 * answered the same way), and refused with the API's 404 unless it has the API's
	 * capability.
	 * @param id the requested model
	 * @param surface the calling API
	 * @param call the call, whose headers set the timing and which notes the model
	 * @return the model, the name a response gives it, and how long it takes to answer
	 */
	public ResolvedModel resolveModel(String id, ApiSurface surface, CallContext call) {
		ModelLookup.Found found = resolve(id, surface.required());
		ModelDefinition model = found.model();
		call.noteModel(model.id());
		call.noteApi(surface.api());
		LatencyOverride latency = call.latency();
		if (!model.has(surface.required())) {
			throw ApiException.wrongEndpointForModel(surface.wrongModelMessage());
		}
		Pacing pacing = latency.pacing(model.capabilities().latency(), this.properties.latency().speedFactor());
		return new ResolvedModel(model, responseModel(found), pacing.firstTokenNanos());
	}

	/**
	 * How long a model takes to make output it is billed in tokens for, after its first
	 * token (images: the tokens of the pictures), at the model's mean pace as the call's
	 * latency headers and the speed factor scale it.
	 * @param resolved the model, as {@link #resolveModel} resolved it
	 * @param tokens the output tokens
	 * @param call the call, whose headers set the timing
	 * @return nanoseconds
	 */
	public long productionNanos(ResolvedModel resolved, int tokens, CallContext call) {
		Pacing pacing = call.latency()
			.pacing(resolved.model().capabilities().latency(), this.properties.latency().speedFactor());
		return tokens * pacing.meanDelayNanos();
	}

	/**
	 * Counts a text's tokens with a model's tokenizer.
	 * @param resolved the model
	 * @param text the text
	 * @return the tokens
	 */
	public int countText(ResolvedModel resolved, String text) {
		return this.counter.count(resolved.model().capabilities().tokenizer(), text);
	}

	/**
	 * A text's token ids with a model's tokenizer.
	 * @param resolved the model
	 * @param text the text
	 * @return the ids, in order
	 */
	public List<Integer> tokenIds(ResolvedModel resolved, String text) {
		return this.counter.ids(resolved.model().capabilities().tokenizer(), text);
	}

	/**
	 * A fixture's say on a call of an API that does not generate (embeddings,
	 * moderations): an error to answer with, or the time to answer in. A fixture that
	 * answers such a call with text, calls or a refusal is a 400 naming it.
	 * @param resolved the model, as {@link #resolveModel} resolved it
	 * @param requested the model the request asked for
	 * @param inputs the call's texts, matched as user messages
	 * @param surface the calling API
	 * @param call the call
	 * @return the model, its answer delayed as the fixture says
	 */
	public ResolvedModel applyScript(ResolvedModel resolved, String requested, List<String> inputs, ApiSurface surface,
			CallContext call) {
		return applyScript(resolved, requested, inputs, surface, call, false).model();
	}

	/**
	 * A fixture's say on a call of an API that answers with text but does not generate it
	 * (transcriptions): an error, the time to answer in, or the text itself.
	 * @param resolved the model, as {@link #resolveModel} resolved it
	 * @param requested the model the request asked for
	 * @param inputs the call's texts, matched as user messages
	 * @param surface the calling API
	 * @param call the call
	 * @param text whether the fixture may give the answer's text ({@code content})
	 * @return the model, its answer delayed as the fixture says, and the fixture's text
	 */
	public Scripted applyScript(ResolvedModel resolved, String requested, List<String> inputs, ApiSurface surface,
			CallContext call, boolean text) {
		List<GenerationRequest.Message> messages = new ArrayList<>(inputs.size());
		for (String input : inputs) {
			messages.add(new GenerationRequest.Message("user", input, List.of(), null, List.of(), null));
		}
		GenerationRequest request = new GenerationRequest(surface, requested, messages, false, false, 1, null, null,
				null, null, null, null, List.of(), null, false, 0, Map.of(), List.of(),
				GenerationRequest.ToolChoice.AUTO, false, GenerationRequest.ResponseFormat.TEXT, null, null, List.of(),
				null, null);
		Script script = this.scripts.find(new ScriptBook.Query(surface.api(), request, resolved.model(), call));
		if (script == null) {
			return new Scripted(resolved, null);
		}
		call.noteFixture(script.fixture());
		call.noteFault(script.fault());
		if (script.error() != null) {
			Script.Failure error = script.error();
			throw ApiException.scripted(error.status(), error.type(), error.code(), error.message(), error.param());
		}
		if ((!text && script.content() != null) || script.refusal() != null || !script.toolCalls().isEmpty()) {
			throw ApiException.badRequest(null,
					"Fixture '" + script.fixture() + "' answers " + surface.api() + " with "
							+ (text ? "tool calls or a refusal; only 'content', "
									: "content, tool calls or a " + "refusal; only ")
							+ "'error', 'ttft_ms' and 'itl_ms' apply there.",
					"fixture_invalid");
		}
		ResolvedModel timed = (script.timeToFirstTokenMs() == null) ? resolved : new ResolvedModel(resolved.model(),
				resolved.responseName(), Math.round(script.timeToFirstTokenMs() * 1_000_000));
		return new Scripted(timed, script.content());
	}

	/**
	 * A call as a fixture left it.
	 *
	 * @param model the model, with the time to answer the fixture set
	 * @param content the fixture's text, or {@code null} to simulate
	 */
	public record Scripted(ResolvedModel model, @Nullable String content) {
	}

	/**
	 * The text of a prompt given as token ids, decoded with the model's tokenizer.
	 * @param model the requested model
	 * @param tokens the token ids
	 * @param param the prompt's parameter, for the error of an id no tokenizer knows
	 * @return the text
	 */
	public String decodePrompt(String model, List<Integer> tokens, String param) {
		ModelDefinition definition = this.registry.get(model).orElse(null);
		Tokenizer tokenizer = (definition != null) ? definition.capabilities().tokenizer() : Tokenizer.CL100K_BASE;
		String text = this.counter.decode(tokenizer, tokens);
		if (text == null) {
			throw ApiException.invalidParameter(param, "Invalid '" + param + "': a token id is not in the vocabulary.");
		}
		return text;
	}

	/**
	 * The prompt tokens a request would be billed, without generating: the model resolved
	 * and its capability rules applied as for {@link #generate}, the context window not
	 * checked.
	 * @param request the request
	 * @return the prompt's tokens
	 */
	public int countPrompt(GenerationRequest request) {
		ModelDefinition model = resolve(request.model(), request.surface().required()).model();
		CapabilityRules.check(request, model, this.properties.compat().strictParameters());
		return PromptTokens.count(request, model.capabilities().tokenizer(), this.counter, hidesReasoning(model))
			.total();
	}

	private static boolean hidesReasoning(ModelDefinition model) {
		return model.has(Capability.REASONING) && !model.has(Capability.REASONING_CONTENT);
	}

	private TimingPlan timing(LatencyOverride latency, ModelCapabilities caps, List<GeneratedChoice> choices) {
		Pacing pacing = latency.pacing(caps.latency(), this.properties.latency().speedFactor());
		long hiddenReasoning = 0;
		long visible = 0;
		for (GeneratedChoice choice : choices) {
			hiddenReasoning = Math.max(hiddenReasoning, choice.hiddenReasoningTokens());
			visible = Math.max(visible, choice.visibleTokens());
		}
		return TimingPlan.of(pacing, hiddenReasoning * pacing.meanDelayNanos(), visible);
	}

	/**
	 * The {@code n} choices, each made again from the next seed (up to
	 * {@value #DISTINCT_ATTEMPTS} times, {@value #SPARE_ATTEMPTS} in all) while it says
	 * what an earlier one said, so choices differ unless the output limit or the format
	 * leaves no room.
	 */
	private List<GeneratedChoice> distinctChoices(ChoiceGenerator.Context context, int n, long seed) {
		List<GeneratedChoice> choices = new ArrayList<>(n);
		Set<String> said = new HashSet<>();
		int spare = SPARE_ATTEMPTS;
		for (int i = 0; i < n; i++) {
			GeneratedChoice choice = null;
			for (int attempt = 0; attempt < DISTINCT_ATTEMPTS; attempt++) {
				long choiceSeed = RequestFingerprint.mix(seed + i + (long) attempt * n);
				choice = this.generator.generate(context, i, new SplittableRandom(choiceSeed));
				if (said.add(choice.said()) || spare-- <= 0) {
					break;
				}
			}
			choices.add(choice);
		}
		return choices;
	}

	/**
	 * The model a request names; a name that is not found is OpenAI's 404, with the
	 * closest ids that can serve this endpoint suggested in a header.
	 */
	private ModelLookup.Found resolve(String id, Capability required) {
		ModelLookup lookup = this.registry.getOrCreate(id);
		if (lookup instanceof ModelLookup.NotFound notFound) {
			throw ApiException.modelNotFound(id, notFound.suggestions()
				.stream()
				.filter((suggested) -> this.registry.get(suggested, false).filter((m) -> m.has(required)).isPresent())
				.toList());
		}
		return (ModelLookup.Found) lookup;
	}

	/**
	 * The model a response names, as OpenAI does: a dated snapshot asked for by name is
	 * answered under that name; an alias such as {@code gpt-4o} under the snapshot it
	 * points to.
	 */
	private static String responseModel(ModelLookup.Found found) {
		return (found.kind() == MatchKind.ALIAS) ? found.requested() : found.model().responseModelId();
	}

	private static int outputLimit(GenerationRequest request, ModelCapabilities caps, int promptTokens,
			boolean strict) {
		Integer requested = request.requestedOutputLimit();
		if (strict && requested != null && requested > caps.maxOutputTokens()) {
			String param = request.surface()
				.name((request.maxCompletionTokens() != null) ? ApiSurface.Param.OUTPUT_LIMIT
						: ApiSurface.Param.LEGACY_OUTPUT_LIMIT);
			throw ApiException.badRequest(
					param, param + " is too large: " + requested + ". This model supports at most "
							+ caps.maxOutputTokens() + " completion tokens, whereas you provided " + requested + ".",
					null);
		}
		int window = caps.contextWindow();
		int requestedTokens = (requested != null) ? requested : 0;
		boolean overInput = caps.maxInputTokens() != null && promptTokens > caps.maxInputTokens();
		if (overInput || promptTokens >= window || (long) promptTokens + requestedTokens > window) {
			throw ApiException.contextLengthExceeded(window, promptTokens, requestedTokens,
					request.surface().name(ApiSurface.Param.MESSAGES));
		}
		int limit = Math.min(caps.maxOutputTokens(), window - promptTokens);
		return (requested != null) ? Math.min(requested, limit) : limit;
	}

	private PromptTopic topic(GenerationRequest request) {
		return this.topics.get(ToolPlanner.lastUserText(request), PromptTopic::of);
	}

	private @Nullable Schema responseSchema(GenerationRequest request) {
		GenerationRequest.ResponseFormat format = request.responseFormat();
		if (format.schema() == null) {
			return null;
		}
		String owner = request.surface().name(ApiSurface.Param.RESPONSE_FORMAT);
		String param = request.surface().name(ApiSurface.Param.RESPONSE_SCHEMA);
		if (format.strict()) {
			StrictSchemaRules.check(format.schema(), owner, param);
		}
		return compile(format.schema(), owner, param);
	}

	private Map<String, Schema> toolSchemas(GenerationRequest request) {
		Map<String, Schema> compiled = new LinkedHashMap<>();
		for (int i = 0; i < request.tools().size(); i++) {
			GenerationRequest.Tool tool = request.tools().get(i);
			String param = request.surface().toolParameters(i);
			if (tool.strict()) {
				StrictSchemaRules.check(tool.parameters(), "function '" + tool.name() + "'", param);
			}
			Schema schema = compile(tool.parameters(), "function '" + tool.name() + "'", param);
			if (schema != null) {
				compiled.put(tool.name(), schema);
			}
		}
		return compiled;
	}

	private @Nullable Schema compile(tools.jackson.databind.JsonNode schema, String owner, String param) {
		Schema compiled = this.schemas.compile(schema);
		if (compiled == null) {
			throw StrictSchemaRules.invalid(owner, param, "the schema is not a valid JSON Schema.");
		}
		return compiled;
	}

	private static Usage usage(PromptTokens prompt, int cached, List<GeneratedChoice> choices) {
		int completion = 0;
		int reasoning = 0;
		int accepted = 0;
		int rejected = 0;
		for (GeneratedChoice choice : choices) {
			completion += choice.completionTokens() + choice.rejectedPredictionTokens();
			reasoning += choice.reasoningTokens();
			accepted += choice.acceptedPredictionTokens();
			rejected += choice.rejectedPredictionTokens();
		}
		return new Usage(prompt.total(), cached, prompt.audio(), completion, reasoning, accepted, rejected);
	}

	private static String serviceTier(GenerationRequest request) {
		String tier = request.serviceTier();
		if (tier == null || tier.equals("auto")) {
			return "default";
		}
		return tier.equals("fast") ? "priority" : tier;
	}

	private static @Nullable String fingerprint(ModelDefinition model) {
		if (!model.has(Capability.SYSTEM_FINGERPRINT)) {
			return null;
		}
		return "fp_" + String.format("%010x", RequestFingerprint.mix(model.id().hashCode()) & 0xff_ffff_ffffL);
	}

}
