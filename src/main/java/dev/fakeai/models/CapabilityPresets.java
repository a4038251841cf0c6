package dev.fakeai.models;

import static dev.fakeai.models.Capability.AUDIO_INPUT;
import static dev.fakeai.models.Capability.AUDIO_OUTPUT;
import static dev.fakeai.models.Capability.CHAT;
import static dev.fakeai.models.Capability.EMBEDDINGS;
import static dev.fakeai.models.Capability.FUNCTION_CALLING;
import static dev.fakeai.models.Capability.JSON_MODE;
import static dev.fakeai.models.Capability.LOGPROBS;
import static dev.fakeai.models.Capability.MODERATION;
import static dev.fakeai.models.Capability.PARALLEL_TOOL_CALLS;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.STOP_SEQUENCES;
import static dev.fakeai.models.Capability.STREAMING;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.SYSTEM_FINGERPRINT;
import static dev.fakeai.models.Capability.SYSTEM_MESSAGES;
import static dev.fakeai.models.Capability.VISION;

import java.util.EnumSet;
import java.util.Set;

/**
 * Named feature sets that catalogs and name inference start from, each a superset of the
 * one before it where the names say so.
 */
public final class CapabilityPresets {

	/** Streams, nothing else. */
	public static final Set<Capability> BASE = Set.of(STREAMING);

	/** Chat with JSON mode. */
	public static final Set<Capability> CHAT_ONLY = plus(BASE, CHAT, JSON_MODE, STOP_SEQUENCES, SYSTEM_MESSAGES,
			LOGPROBS, SYSTEM_FINGERPRINT);

	/** Chat with single tool calls. */
	public static final Set<Capability> TOOLS = plus(CHAT_ONLY, FUNCTION_CALLING);

	/** A current chat model: parallel tool calls and structured outputs. */
	public static final Set<Capability> CHAT_FULL = plus(TOOLS, PARALLEL_TOOL_CALLS, STRUCTURED_OUTPUTS);

	/** A current chat model that reads images. */
	public static final Set<Capability> VISION_CHAT = plus(CHAT_FULL, VISION);

	/** A chat model that reads images and audio and speaks. */
	public static final Set<Capability> MULTIMODAL = plus(VISION_CHAT, AUDIO_INPUT, AUDIO_OUTPUT);

	/** A current chat model that reasons before answering. */
	public static final Set<Capability> REASONING_CHAT = plus(CHAT_FULL, REASONING);

	/** An embedding model. */
	public static final Set<Capability> EMBEDDING = Set.of(EMBEDDINGS);

	/** A moderation model. */
	public static final Set<Capability> MODERATIONS = Set.of(MODERATION);

	private CapabilityPresets() {
	}

	/**
	 * A preset with more features.
	 * @param preset the preset to start from
	 * @param extra the features to add
	 * @return a new immutable set
	 */
	public static Set<Capability> plus(Set<Capability> preset, Capability... extra) {
		EnumSet<Capability> features = EnumSet.noneOf(Capability.class);
		features.addAll(preset);
		features.addAll(Set.of(extra));
		return Set.copyOf(features);
	}

	/**
	 * A preset with fewer features.
	 * @param preset the preset to start from
	 * @param removed the features to take away
	 * @return a new immutable set
	 */
	public static Set<Capability> minus(Set<Capability> preset, Capability... removed) {
		EnumSet<Capability> features = EnumSet.noneOf(Capability.class);
		features.addAll(preset);
		features.removeAll(Set.of(removed));
		return Set.copyOf(features);
	}

}
