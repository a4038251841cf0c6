package dev.fakeai.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameInferenceHandlerTests {

	private final NameInferenceHandler handler = new NameInferenceHandler();

	@ParameterizedTest(name = "{0}: reasoning={1} vision={2}")
	@CsvSource({ "o5-mini, true, false", "gpt-5.6-sol, true, true", "gpt-5-chat-latest, false, true",
			"acme/deepseek-r1-lite, true, false", "qwq-32b-preview, true, false", "my-thinking-model, true, false",
			"llama-3.2-11b-vision-instruct, false, true", "qwen2.5-vl-7b, false, true",
			"plain-chat-model, false, false", "gpt-4o-2099-01-01, false, true" })
	void infersReasoningAndVisionFromTheName(String id, boolean reasoning, boolean vision) {
		ModelDefinition model = this.handler.create(id);

		assertThat(model).isNotNull();
		assertThat(model.id()).isEqualTo(id);
		assertThat(model.has(Capability.CHAT)).isTrue();
		assertThat(model.has(Capability.REASONING)).isEqualTo(reasoning);
		assertThat(model.has(Capability.VISION)).isEqualTo(vision);
		assertThat(model.metadata()).containsEntry("auto_created", "true");
	}

	@ParameterizedTest(name = "{0} answers as {1}")
	@CsvSource({ "gpt-5.4-mini, gpt-5.4-mini-2026-03-17", "gpt-5.1, gpt-5.1-2025-11-13", "o3-pro, o3-pro-2025-06-10",
			"gpt-5.7, gpt-5.7", "openai/gpt-5.1, openai/gpt-5.1", "GPT-5.1, GPT-5.1" })
	void openAiNamesOutsideTheCatalogAnswerWithTheirDatedSnapshot(String id, String answeredAs) {
		ModelDefinition model = this.handler.create(id);

		assertThat(model.id()).isEqualTo(id);
		assertThat(model.responseModelId()).isEqualTo(answeredAs);
	}

	@Test
	void reasoningModelsGetTheReasoningLatencyAndLargerLimits() {
		ModelDefinition model = this.handler.create("o7");

		assertThat(model.capabilities().latency()).isEqualTo(LatencyPresets.REASONING);
		assertThat(model.capabilities().contextWindow()).isEqualTo(NameInferenceHandler.REASONING_CONTEXT);
		assertThat(model.provider()).isEqualTo("openai");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "acme/llama-4-8b-chat, SMALL", "foo-30b, MEDIUM", "foo-70b, LARGE", "foo-405b, XLARGE",
			"foo-500m, SMALL" })
	void sizeInTheNamePicksTheLatencyPreset(String id, String preset) throws Exception {
		ModelDefinition model = this.handler.create(id);

		assertThat(model.capabilities().latency()).isEqualTo(LatencyPresets.class.getField(preset).get(null));
	}

	@Test
	void moeNamesGiveAMoeConfigAndSpeedFromActiveParameters() {
		ModelDefinition totalActive = this.handler.create("qwen9-235b-a22b");
		ModelDefinition experts = this.handler.create("acme/mixtral-8x22b");

		assertThat(totalActive.capabilities().moe())
			.isEqualTo(new MoeConfig(235_000_000_000L, 22_000_000_000L, null, null));
		assertThat(totalActive.has(Capability.MOE)).isTrue();
		assertThat(totalActive.capabilities().latency()).isEqualTo(LatencyPresets.MEDIUM);
		assertThat(experts.capabilities().moe()).isEqualTo(new MoeConfig(176_000_000_000L, 44_000_000_000L, 8, 2));
		assertThat(experts.capabilities().latency()).isEqualTo(LatencyPresets.LARGE);
		assertThat(experts.ownedBy()).isEqualTo("acme");
		assertThat(experts.provider()).isEqualTo("mistral");
	}

	@Test
	void embeddingModelsGetVectorsAndABatchSize() {
		ModelDefinition small = this.handler.create("text-embedding-4-small");
		ModelDefinition large = this.handler.create("acme/embed-large-v2");

		assertThat(small.has(Capability.EMBEDDINGS)).isTrue();
		assertThat(small.has(Capability.CHAT)).isFalse();
		assertThat(small.capabilities().embeddings()).isEqualTo(new EmbeddingSpec(1536, true, null));
		assertThat(small.capabilities().maxBatchSize()).isEqualTo(NameInferenceHandler.EMBEDDING_BATCH);
		assertThat(small.capabilities().maxOutputTokens()).isZero();
		assertThat(large.capabilities().embeddings().dimensions()).isEqualTo(3072);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "omni-moderation-2099, MODERATION", "tts-2-hd, SPEECH", "whisper-2, TRANSCRIPTION",
			"gpt-5-transcribe, TRANSCRIPTION", "dall-e-4, IMAGE_GENERATION" })
	void otherKindsOfModels(String id, Capability capability) {
		ModelDefinition model = this.handler.create(id);

		assertThat(model.has(capability)).isTrue();
		assertThat(model.has(Capability.CHAT)).isFalse();
	}

	@Test
	void aBlankNameAfterThePrefixIsDeclined() {
		assertThat(this.handler.create("acme/")).isNull();
	}

}
