package dev.fakeai.models;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a model can do and within which limits; every service reads these instead of the
 * model's name.
 *
 * @param features the feature flags ({@link Capability#MOE} is set exactly when
 * {@code moe} is)
 * @param contextWindow the total token window (input plus output)
 * @param maxOutputTokens the most tokens one response may hold; 0 for models that produce
 * no tokens (embeddings, moderation, speech, images)
 * @param maxInputTokens a separate input cap within the window, where the provider sets
 * one
 * @param maxBatchSize the most inputs one request may carry (2048 for embeddings)
 * @param latency the latency profile
 * @param moe the mixture-of-experts shape, or {@code null} for dense or unpublished
 * architectures
 * @param parameterCount the total parameters, when published
 * @param embeddings the vector shape of an embedding model
 * @param images what an image model takes and makes
 * @param speech what a text-to-speech model takes
 * @param transcription what a speech-to-text model answers
 * @param provider who makes the model ({@code openai}, {@code meta}, ...)
 * @param family the model family ({@code gpt-4o}, {@code llama-3.1}, ...)
 * @param tokenizer the tokenizer its token counts follow
 * @param tags free-form labels
 */
public record ModelCapabilities(Set<Capability> features, int contextWindow, int maxOutputTokens,
		@Nullable Integer maxInputTokens, int maxBatchSize, LatencyProfile latency, @Nullable MoeConfig moe,
		@Nullable Long parameterCount, @Nullable EmbeddingSpec embeddings, @Nullable ImageSpec images,
		@Nullable SpeechSpec speech, @Nullable TranscriptionSpec transcription, String provider, String family,
		Tokenizer tokenizer, Set<String> tags) {

	public ModelCapabilities {
		Objects.requireNonNull(latency, "latency");
		Objects.requireNonNull(tokenizer, "tokenizer");
		features = withMoeFlag(features, moe);
		requireLimits(features, contextWindow, maxOutputTokens, maxInputTokens, maxBatchSize);
		if (parameterCount != null && parameterCount <= 0) {
			throw new IllegalArgumentException("parameter count must be positive: " + parameterCount);
		}
		if (parameterCount != null && moe != null && parameterCount < moe.activeParameters()) {
			throw new IllegalArgumentException("parameter count " + parameterCount
					+ " is below the MoE active parameters " + moe.activeParameters());
		}
		if (features.contains(Capability.REASONING_CONTENT) && !features.contains(Capability.REASONING)) {
			throw new IllegalArgumentException("reasoning_content needs the reasoning flag");
		}
		if (features.contains(Capability.EMBEDDINGS) != (embeddings != null)) {
			throw new IllegalArgumentException("an embeddings model needs embedding dimensions, and only it has them");
		}
		if (features.contains(Capability.IMAGE_GENERATION) != (images != null)) {
			throw new IllegalArgumentException("an image model needs its image spec, and only it has one");
		}
		if (features.contains(Capability.SPEECH) != (speech != null)) {
			throw new IllegalArgumentException("a speech model needs its speech spec, and only it has one");
		}
		if (features.contains(Capability.TRANSCRIPTION) != (transcription != null)) {
			throw new IllegalArgumentException(
					"a transcription model needs its transcription spec, and only it has one");
		}
		requireText("provider", provider);
		requireText("family", family);
		tags = Set.copyOf(tags);
	}

	/**
	 * Whether the model has a feature.
	 * @param capability the feature
	 * @return {@code true} when it has it
	 */
	public boolean has(Capability capability) {
		return this.features.contains(capability);
	}

	/**
	 * The parameters that run per token: the MoE active count, else the total.
	 * @return the active parameters, or {@code null} when unpublished
	 */
	public @Nullable Long activeParameters() {
		return (this.moe != null) ? Long.valueOf(this.moe.activeParameters()) : this.parameterCount;
	}

	private static Set<Capability> withMoeFlag(Set<Capability> features, @Nullable MoeConfig moe) {
		EnumSet<Capability> copy = features.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(features);
		if (moe == null && copy.contains(Capability.MOE)) {
			throw new IllegalArgumentException("the moe flag needs a MoE configuration");
		}
		if (moe != null) {
			copy.add(Capability.MOE);
		}
		return Set.copyOf(copy);
	}

	private static void requireLimits(Set<Capability> features, int contextWindow, int maxOutputTokens,
			@Nullable Integer maxInputTokens, int maxBatchSize) {
		if (contextWindow <= 0) {
			throw new IllegalArgumentException("context window must be positive: " + contextWindow);
		}
		if (maxOutputTokens < 0 || maxOutputTokens > contextWindow) {
			throw new IllegalArgumentException(
					"max output tokens " + maxOutputTokens + " must be within 0..context window " + contextWindow);
		}
		boolean generatesText = features.contains(Capability.CHAT) || features.contains(Capability.COMPLETION);
		if (generatesText && maxOutputTokens == 0) {
			throw new IllegalArgumentException("a text-generating model needs a positive max output tokens");
		}
		if (maxInputTokens != null && (maxInputTokens <= 0 || maxInputTokens > contextWindow)) {
			throw new IllegalArgumentException(
					"max input tokens " + maxInputTokens + " must be within 1..context window " + contextWindow);
		}
		if (maxBatchSize <= 0) {
			throw new IllegalArgumentException("max batch size must be positive: " + maxBatchSize);
		}
	}

	private static void requireText(String what, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
	}

}
