package dev.fakeai.models;

import static dev.fakeai.models.Capability.AUDIO_INPUT;
import static dev.fakeai.models.Capability.AUDIO_OUTPUT;
import static dev.fakeai.models.Capability.IMAGE_GENERATION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.REASONING_CONTENT;
import static dev.fakeai.models.Capability.SPEECH;
import static dev.fakeai.models.Capability.TRANSCRIPTION;
import static dev.fakeai.models.Capability.VISION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link AutoCreationHandler}: reads what a model is from its name (kind,
 * reasoning, vision, audio, size, mixture of experts) the way a person would, and fills
 * the rest with documented defaults ({@code docs/models.md}).
 */
public class NameInferenceHandler implements AutoCreationHandler {

	static final int DEFAULT_CONTEXT = 128_000;

	static final int DEFAULT_MAX_OUTPUT = 16_384;

	static final int REASONING_CONTEXT = 200_000;

	static final int REASONING_MAX_OUTPUT = 100_000;

	static final int EMBEDDING_CONTEXT = 8_191;

	static final int EMBEDDING_BATCH = 2_048;

	static final int NON_TEXT_CONTEXT = 4_096;

	private static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)([bm])(?![a-z])");

	private static final Pattern EXPERTS_BY_SIZE = Pattern.compile("(\\d+)x(\\d+(?:\\.\\d+)?)b");

	private static final Pattern TOTAL_AND_ACTIVE = Pattern.compile("(\\d+(?:\\.\\d+)?)b[-_.]?a(\\d+(?:\\.\\d+)?)b");

	private static final Pattern O_SERIES = Pattern.compile("^o\\d+(\\b|-).*|^o\\d+$");

	private static final Pattern FAMILY = Pattern.compile("^[a-z]+(?:[-_]?\\d+(?:\\.\\d+)?)?");

	private static final Set<String> REASONING_WORDS = Set.of("reasoner", "reasoning", "thinking", "think", "r1", "qwq",
			"magistral");

	private static final Set<String> VISION_WORDS = Set.of("vision", "vl", "omni", "pixtral", "llava", "4o", "4.1",
			"multimodal");

	private static final Map<String, String> PROVIDERS = Map.ofEntries(Map.entry("gpt", "openai"),
			Map.entry("chatgpt", "openai"), Map.entry("dall", "openai"), Map.entry("whisper", "openai"),
			Map.entry("tts", "openai"), Map.entry("text", "openai"), Map.entry("claude", "anthropic"),
			Map.entry("llama", "meta"), Map.entry("mistral", "mistral"), Map.entry("mixtral", "mistral"),
			Map.entry("ministral", "mistral"), Map.entry("codestral", "mistral"), Map.entry("deepseek", "deepseek"),
			Map.entry("gemini", "google"), Map.entry("gemma", "google"), Map.entry("qwen", "qwen"),
			Map.entry("qwq", "qwen"), Map.entry("nemotron", "nvidia"), Map.entry("phi", "microsoft"),
			Map.entry("command", "cohere"));

	/**
	 * The dated snapshots OpenAI answers with for names the catalog does not list
	 * ({@code fakeai/models/openai-snapshots.json}, with its sources).
	 */
	private static final Map<String, String> SNAPSHOTS = snapshots();

	/** OpenAI's models served only by the Responses API: the -pro and codex models. */
	private static final Pattern RESPONSES_ONLY_NAME = Pattern.compile("^(o1|o3|gpt-5(\\.\\d+)?)-pro\\b|codex");

	private static Map<String, String> snapshots() {
		try (InputStream in = NameInferenceHandler.class.getResourceAsStream("/fakeai/models/openai-snapshots.json")) {
			Map<String, String> snapshots = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : JsonMapper.builder()
				.build()
				.readTree(in)
				.get("snapshots")
				.properties()) {
				snapshots.put(entry.getKey(), entry.getValue().asString());
			}
			return Map.copyOf(snapshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public @Nullable ModelDefinition create(String modelId) {
		String name = ModelNames.stripPrefix(modelId).toLowerCase(Locale.ROOT);
		if (name.isBlank()) {
			return null;
		}
		List<String> words = List.of(name.split("[-_:/ ]+"));
		ModelDefinition.Builder builder = ModelDefinition
			.builder(modelId, ownerOf(modelId), Instant.now().getEpochSecond())
			.provider(providerOf(modelId, words))
			.family(familyOf(name))
			.description("Created on first use; capabilities inferred from the name.")
			.metadata("auto_created", "true")
			.tags("auto-created");
		if (modelId.equals(name)) {
			builder.snapshot(SNAPSHOTS.get(name));
		}
		return kindOf(name, words).apply(builder, name, words).build();
	}

	private Kind kindOf(String name, List<String> words) {
		if (name.contains("embed")) {
			return NameInferenceHandler::embedding;
		}
		if (name.contains("moderation")) {
			return (builder, n, w) -> builder.features(CapabilityPresets.MODERATIONS).limits(32_768, 0);
		}
		if (words.contains("tts") || name.contains("speech")) {
			return (builder, n, w) -> builder.features(Set.of(AUDIO_OUTPUT, SPEECH))
				.speech(n.startsWith("tts") ? SpeechSpec.TTS_1 : SpeechSpec.GPT_TTS)
				.limits(NON_TEXT_CONTEXT, 0);
		}
		if (name.contains("whisper") || name.contains("transcribe")) {
			return (builder, n, w) -> builder.features(Set.of(AUDIO_INPUT, TRANSCRIPTION))
				.transcription(n.contains("whisper") ? TranscriptionSpec.WHISPER
						: n.contains("diarize") ? TranscriptionSpec.GPT_DIARIZE : TranscriptionSpec.GPT_TRANSCRIBE)
				.limits(NON_TEXT_CONTEXT, 0);
		}
		if (name.startsWith("dall") || words.contains("image")) {
			return (builder, n,
					w) -> builder.features(Set.of(IMAGE_GENERATION)).images(imageSpec(n)).limits(NON_TEXT_CONTEXT, 0);
		}
		return NameInferenceHandler::chat;
	}

	/** DALL·E 2 and 3 by their numbers; any other image model as the GPT image models. */
	private static ImageSpec imageSpec(String name) {
		if (!name.startsWith("dall")) {
			return ImageSpec.GPT_IMAGE;
		}
		return name.matches(".*\\D3(\\D.*)?") ? ImageSpec.DALL_E_3 : ImageSpec.DALL_E_2;
	}

	private static ModelDefinition.Builder embedding(ModelDefinition.Builder builder, String name, List<String> words) {
		int dimensions = words.contains("large") ? 3072 : 1536;
		return builder.features(CapabilityPresets.EMBEDDING)
			.limits(EMBEDDING_CONTEXT, 0)
			.maxBatchSize(EMBEDDING_BATCH)
			.embeddings(dimensions, !name.contains("ada"), null)
			.latency(LatencyPresets.SMALL);
	}

	private static ModelDefinition.Builder chat(ModelDefinition.Builder builder, String name, List<String> words) {
		boolean reasoning = isReasoning(name, words);
		boolean openAiHosted = isOpenAiHosted(name);
		builder.features(reasoning ? CapabilityPresets.REASONING_CHAT : CapabilityPresets.CHAT_FULL, KV_CACHE);
		if (reasoning && !openAiHosted) {
			builder.with(REASONING_CONTENT);
		}
		if (reasoning && openAiHosted) {
			builder.without(Capability.LOGPROBS);
		}
		if (name.startsWith("gpt-5")) {
			builder.without(Capability.SYSTEM_FINGERPRINT);
		}
		if (RESPONSES_ONLY_NAME.matcher(name).find()) {
			builder.with(Capability.RESPONSES_ONLY);
		}
		if (openAiHosted || name.startsWith("gpt-oss")) {
			builder.tokenizer(Tokenizer.O200K_BASE);
		}
		if (words.stream().anyMatch(VISION_WORDS::contains) || name.startsWith("gpt-5") || name.startsWith("claude")
				|| name.startsWith("gemini")) {
			builder.with(VISION);
		}
		if (words.contains("audio") || words.contains("realtime")) {
			builder.with(AUDIO_INPUT, AUDIO_OUTPUT);
		}
		builder.limits(reasoning ? REASONING_CONTEXT : DEFAULT_CONTEXT,
				reasoning ? REASONING_MAX_OUTPUT : DEFAULT_MAX_OUTPUT);
		applySize(builder, name);
		if (reasoning) {
			builder.latency(LatencyPresets.REASONING);
		}
		return builder;
	}

	private static boolean isOpenAiHosted(String name) {
		return O_SERIES.matcher(name).matches() || name.startsWith("gpt-4o") || name.startsWith("gpt-4.1")
				|| name.startsWith("gpt-5") || name.startsWith("gpt-6");
	}

	private static boolean isReasoning(String name, List<String> words) {
		boolean gpt5Chat = (name.startsWith("gpt-5") || name.startsWith("gpt-6")) && !words.contains("chat");
		return gpt5Chat || O_SERIES.matcher(name).matches() || words.stream().anyMatch(REASONING_WORDS::contains);
	}

	private static void applySize(ModelDefinition.Builder builder, String name) {
		Matcher experts = EXPERTS_BY_SIZE.matcher(name);
		Matcher totalActive = TOTAL_AND_ACTIVE.matcher(name);
		Matcher size = SIZE.matcher(name);
		if (experts.find()) {
			int count = Integer.parseInt(experts.group(1));
			long perExpert = parameters(experts.group(2), "b");
			builder.moe(count * perExpert, Math.min(count, 2) * perExpert, count, Math.min(count, 2));
		}
		else if (totalActive.find()) {
			builder.moe(parameters(totalActive.group(1), "b"), parameters(totalActive.group(2), "b"), null, null);
		}
		else if (size.find()) {
			builder.parameters(parameters(size.group(1), size.group(2)));
		}
	}

	private static long parameters(String number, String unit) {
		double scale = "m".equals(unit) ? 1e6 : 1e9;
		return Math.round(Double.parseDouble(number) * scale);
	}

	private static String ownerOf(String modelId) {
		int slash = modelId.lastIndexOf('/');
		return (slash > 0) ? modelId.substring(0, slash).replace('/', '-') : "fakeai";
	}

	private static String providerOf(String modelId, List<String> words) {
		String first = words.get(0).replaceAll("\\d.*", "");
		String known = PROVIDERS.get(first);
		if (known != null || O_SERIES.matcher(words.get(0)).matches()) {
			return (known != null) ? known : "openai";
		}
		int slash = modelId.indexOf('/');
		return (slash > 0) ? modelId.substring(0, slash).toLowerCase(Locale.ROOT) : "unknown";
	}

	private static String familyOf(String name) {
		Matcher family = FAMILY.matcher(name);
		return family.find() && !family.group().isEmpty() ? family.group() : name;
	}

	/** Fills a builder for one kind of model. */
	@FunctionalInterface
	private interface Kind {

		ModelDefinition.Builder apply(ModelDefinition.Builder builder, String name, List<String> words);

	}

}
