package dev.fakeai.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /v1/models/{id}/capabilities}: every feature flag as a boolean, the limits,
 * the latency profile and the architecture.
 *
 * @param id the model id
 * @param object always {@code model.capabilities}
 * @param features every capability by wire name
 * @param contextWindow the total token window
 * @param maxOutputTokens the most output tokens
 * @param maxInputTokens a separate input cap, if any
 * @param maxBatchSize the most inputs per request
 * @param latency the latency profile
 * @param moe the mixture-of-experts shape, if any
 * @param parameterCount total parameters, if published
 * @param activeParameters parameters per token, if published
 * @param embeddings the vector shape, for embedding models
 * @param images what an image model takes and makes
 * @param speech what a text-to-speech model takes
 * @param provider the provider
 * @param family the family
 * @param tokenizer the tokenizer token counts follow
 * @param tags free-form labels
 */
@Schema(name = "FakeAIModelCapabilities")
record CapabilitiesView(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("features") Map<String, Boolean> features, @JsonProperty("context_window") int contextWindow,
		@JsonProperty("max_output_tokens") int maxOutputTokens,
		@JsonProperty("max_input_tokens") @Nullable Integer maxInputTokens,
		@JsonProperty("max_batch_size") int maxBatchSize, @JsonProperty("latency") Latency latency,
		@JsonProperty("moe") @Nullable Moe moe, @JsonProperty("parameter_count") @Nullable Long parameterCount,
		@JsonProperty("active_parameters") @Nullable Long activeParameters,
		@JsonProperty("embeddings") @Nullable Embeddings embeddings, @JsonProperty("images") @Nullable Images images,
		@JsonProperty("speech") @Nullable Speech speech, @JsonProperty("provider") String provider,
		@JsonProperty("family") String family, @JsonProperty("tokenizer") String tokenizer,
		@JsonProperty("tags") List<String> tags) {

	static CapabilitiesView from(ModelDefinition model) {
		ModelCapabilities caps = model.capabilities();
		Map<String, Boolean> features = new LinkedHashMap<>();
		for (Capability capability : Capability.values()) {
			features.put(capability.wireName(), caps.has(capability));
		}
		MoeConfig moe = caps.moe();
		EmbeddingSpec embeddings = caps.embeddings();
		return new CapabilitiesView(model.id(), "model.capabilities", features, caps.contextWindow(),
				caps.maxOutputTokens(), caps.maxInputTokens(), caps.maxBatchSize(), Latency.from(caps.latency()),
				(moe != null) ? new Moe(
						moe.totalParameters(), moe.activeParameters(), moe.experts(), moe.expertsPerToken()) : null,
				caps.parameterCount(), caps.activeParameters(),
				(embeddings != null) ? new Embeddings(embeddings.dimensions(), embeddings.reducible(),
						embeddings.minimumDimensions()) : null,
				Images.from(caps.images()), Speech.from(caps.speech()), caps.provider(), caps.family(),
				caps.tokenizer().name().toLowerCase(Locale.ROOT), caps.tags().stream().sorted().toList());
	}

	@Schema(name = "FakeAILatencyProfile")
	record Latency(@JsonProperty("time_to_first_token_ms") double timeToFirstTokenMs,
			@JsonProperty("tokens_per_second") double tokensPerSecond,
			@JsonProperty("min_inter_token_delay_ms") double minInterTokenDelayMs,
			@JsonProperty("max_inter_token_delay_ms") double maxInterTokenDelayMs) {

		static Latency from(LatencyProfile profile) {
			return new Latency(profile.timeToFirstToken().toNanos() / 1e6, profile.tokensPerSecond(),
					profile.minInterTokenDelay().toNanos() / 1e6, profile.maxInterTokenDelay().toNanos() / 1e6);
		}

	}

	@Schema(name = "FakeAIMixtureOfExperts")
	record Moe(@JsonProperty("total_parameters") long totalParameters,
			@JsonProperty("active_parameters") long activeParameters,
			@JsonProperty("experts") @Nullable Integer experts,
			@JsonProperty("experts_per_token") @Nullable Integer expertsPerToken) {
	}

	@Schema(name = "FakeAIEmbeddingDimensions")
	record Embeddings(@JsonProperty("dimensions") int dimensions, @JsonProperty("reducible") boolean reducible,
			@JsonProperty("minimum_dimensions") @Nullable Integer minimumDimensions) {
	}

	@Schema(name = "FakeAIImageSpec")
	record Images(@JsonProperty("family") String family, @JsonProperty("sizes") List<String> sizes,
			@JsonProperty("default_size") String defaultSize, @JsonProperty("max_images") int maxImages,
			@JsonProperty("qualities") List<String> qualities, @JsonProperty("default_quality") String defaultQuality,
			@JsonProperty("styles") List<String> styles, @JsonProperty("max_prompt_characters") int maxPromptCharacters,
			@JsonProperty("edits") boolean edits, @JsonProperty("max_edit_images") int maxEditImages,
			@JsonProperty("variations") boolean variations, @JsonProperty("token_usage") boolean tokenUsage) {

		static @Nullable Images from(@Nullable ImageSpec spec) {
			if (spec == null) {
				return null;
			}
			return new Images(spec.family().name().toLowerCase(Locale.ROOT), spec.sizes(), spec.defaultSize(),
					spec.maxImages(), spec.qualities(), spec.defaultQuality(), spec.styles(),
					spec.maxPromptCharacters(), spec.edits(), spec.maxEditImages(), spec.variations(), spec.gptImage());
		}

	}

	@Schema(name = "FakeAISpeechSpec")
	record Speech(@JsonProperty("voices") List<String> voices, @JsonProperty("instructions") boolean instructions,
			@JsonProperty("custom_voices") boolean customVoices, @JsonProperty("sse") boolean sse,
			@JsonProperty("token_usage") boolean tokenUsage) {

		static @Nullable Speech from(@Nullable SpeechSpec spec) {
			return (spec != null)
					? new Speech(spec.voices(), spec.instructions(), spec.customVoices(), spec.sse(), spec.tokenUsage())
					: null;
		}

	}

}
