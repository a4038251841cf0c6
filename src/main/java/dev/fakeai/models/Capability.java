package dev.fakeai.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One feature a model may have; services decide what to do from these flags, never from
 * the model's name.
 */
public enum Capability {

	/** Chat completions ({@code /v1/chat/completions}). */
	CHAT,
	/** The legacy {@code /v1/completions} endpoint. */
	COMPLETION,
	/** Server-sent-event streaming of responses. */
	STREAMING,
	/** Tool (function) calls. */
	FUNCTION_CALLING,
	/** Several tool calls in one assistant turn. */
	PARALLEL_TOOL_CALLS,
	/** {@code response_format: {type: json_object}}. */
	JSON_MODE,
	/** {@code response_format: {type: json_schema}}. */
	STRUCTURED_OUTPUTS,
	/** Image content parts in the input. */
	VISION,
	/** Audio content parts in the input. */
	AUDIO_INPUT,
	/** Audio in the output. */
	AUDIO_OUTPUT,
	/** Video in the input. */
	VIDEO,
	/** Spends reasoning tokens before answering. */
	REASONING,
	/**
	 * Returns its reasoning as {@code reasoning_content} (open-weight and DeepSeek-style
	 * models); without it a reasoning model keeps its reasoning hidden (OpenAI's hosted
	 * models).
	 */
	REASONING_CONTENT,
	/** {@code prediction} (predicted outputs). */
	PREDICTED_OUTPUTS,
	/** {@code /v1/embeddings}. */
	EMBEDDINGS,
	/** {@code /v1/moderations}. */
	MODERATION,
	/** OpenAI's hosted fine-tuning API accepts it as a base. */
	FINE_TUNING,
	/** Image generation. */
	IMAGE_GENERATION,
	/** Text to speech. */
	SPEECH,
	/** Speech to text. */
	TRANSCRIPTION,
	/**
	 * Takes {@code stop} sequences; OpenAI's GPT-5 family (before 5.5), o3 and o4-mini
	 * refuse them.
	 */
	STOP_SEQUENCES,
	/** Takes {@code system} and {@code developer} messages; o1-mini refuses them. */
	SYSTEM_MESSAGES,
	/**
	 * Returns log probabilities; without it a choice carries no {@code logprobs} key at
	 * all and asking for them is refused (OpenAI's hosted reasoning models).
	 */
	LOGPROBS,
	/**
	 * Reports a {@code system_fingerprint}; without it the field is {@code null} (the
	 * GPT-5 family).
	 */
	SYSTEM_FINGERPRINT,
	/**
	 * Served by the Responses API only (OpenAI's {@code -pro} and {@code codex} models):
	 * chat completions answer its 404.
	 */
	RESPONSES_ONLY,
	/** Takes a {@code suffix} in legacy completions (gpt-3.5-turbo-instruct). */
	SUFFIX,
	/** Prompt (KV) caching: repeated prefixes are reported as cached tokens. */
	KV_CACHE,
	/** Mixture of experts; set exactly when the model has a {@link MoeConfig}. */
	MOE;

	private static final Map<String, Capability> BY_WIRE_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Capability::wireName, Function.identity()));

	/**
	 * The name used on the wire and in configuration, e.g. {@code function_calling}.
	 * @return the snake-case name
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a wire name, ignoring case and accepting {@code -} for {@code _}
	 * ({@code function_calling}, {@code FUNCTION_CALLING} and {@code function-calling}).
	 * @param name the name
	 * @return the capability, or {@code null} when no capability has that name
	 */
	public static @Nullable Capability fromWireName(String name) {
		return BY_WIRE_NAME.get(name.trim().toLowerCase(Locale.ROOT).replace('-', '_'));
	}

}
