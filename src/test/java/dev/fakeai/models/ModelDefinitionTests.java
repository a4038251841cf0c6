package dev.fakeai.models;

import java.time.Duration;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModelDefinitionTests {

	private static ModelDefinition.Builder valid() {
		return ModelDefinition.builder("m-1", "acme", 1_700_000_000L)
			.features(CapabilityPresets.CHAT_FULL)
			.limits(8_192, 2_048);
	}

	@Test
	void buildsWithDocumentedDefaults() {
		ModelDefinition model = valid().build();

		assertThat(model.root()).isEqualTo("m-1");
		assertThat(model.provider()).isEqualTo("acme");
		assertThat(model.displayName()).isEqualTo("m-1");
		assertThat(model.active()).isTrue();
		assertThat(model.deprecated()).isFalse();
		assertThat(model.capabilities().maxBatchSize()).isEqualTo(1);
		assertThat(model.capabilities().latency()).isEqualTo(LatencyPresets.MEDIUM);
		assertThat(model.responseModelId()).isEqualTo("m-1");
	}

	@Test
	void copyWithChangesKeepsEverythingElse() {
		ModelDefinition base = valid().aliases("m-1-old").pricing(1.0, 2.0, null).released("2025-01-02").build();

		ModelDefinition derived = base.toBuilder().id("m-2").aliases().maxBatchSize(4).build();

		assertThat(derived.id()).isEqualTo("m-2");
		assertThat(derived.aliases()).isEmpty();
		assertThat(derived.capabilities().maxBatchSize()).isEqualTo(4);
		assertThat(derived.pricing()).isEqualTo(base.pricing());
		assertThat(derived.version()).isEqualTo("2025-01-02");
		assertThat(derived.capabilities().features()).isEqualTo(base.capabilities().features());
	}

	@Test
	void retiredModelsAreInactiveAndDeprecated() {
		ModelDefinition model = valid().retired("2025-03-30", "m-2").build();

		assertThat(model.active()).isFalse();
		assertThat(model.deprecation()).isEqualTo(new Deprecation(LocalDate.of(2025, 3, 30), "m-2",
				"Deprecated; shuts down on 2025-03-30; use m-2 instead."));
	}

	@Test
	void moeFlagFollowsTheMoeConfig() {
		assertThat(valid().moe(47_000_000_000L, 13_000_000_000L, 8, 2).build().has(Capability.MOE)).isTrue();
		assertThat(valid().build().has(Capability.MOE)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> valid().with(Capability.MOE).build())
			.withMessageContaining("'m-1'")
			.withMessageContaining("moe flag");
	}

	@Test
	void invalidValuesFailNamingTheModel() {
		assertInvalid(() -> valid().moe(10, 20, null, null).build(), "active parameters 20 exceed total parameters 10");
		assertInvalid(() -> valid().moe(20, 10, 4, 8).build(), "experts per token 8 exceed experts 4");
		assertInvalid(() -> valid().limits(1_000, 2_000).build(), "max output tokens 2000");
		assertInvalid(() -> valid().limits(0, 0).build(), "context window must be positive");
		assertInvalid(() -> valid().limits(1_000, 0).build(), "positive max output tokens");
		assertInvalid(() -> valid().maxInputTokens(9_000).build(), "max input tokens 9000");
		assertInvalid(() -> valid().maxBatchSize(0).build(), "max batch size");
		assertInvalid(() -> valid().aliases("a", "a").build(), "aliases must be distinct");
		assertInvalid(() -> valid().aliases("m-1").build(), "aliases must be distinct");
		assertInvalid(() -> valid().parent("m-1").build(), "its own parent");
		assertInvalid(() -> valid().created(0).build(), "created");
		assertInvalid(() -> valid().parameters(-1L).build(), "parameter count");
		assertInvalid(() -> valid().features(CapabilityPresets.EMBEDDING).limits(8_191, 0).build(),
				"embedding dimensions");
		assertInvalid(() -> valid().embeddings(0, false, null).build(), "embedding dimensions must be positive");
		assertInvalid(() -> valid().pricing(-1.0, null, null).build(), "price must not be negative");
		assertInvalid(() -> valid().id("has space").build(), "without white space");
		assertInvalid(() -> valid().released("2025-13-40").build(), "2025-13-40");
	}

	@Test
	void latencyValidationRejectsNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyProfile.of(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyProfile.of(1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyProfile.of(1, Double.NaN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LatencyProfile(Duration.ZERO, 10, Duration.ofMillis(20), Duration.ofMillis(10)))
			.withMessageContaining("exceeds max inter-token delay");
	}

	@Test
	void latencyBandIsThirtyPercentAroundTheMeanDelay() {
		LatencyProfile profile = LatencyProfile.of(0.5, 100);

		assertThat(profile.meanInterTokenDelay()).isEqualTo(Duration.ofMillis(10));
		assertThat(profile.minInterTokenDelay()).isEqualTo(Duration.ofMillis(7));
		assertThat(profile.maxInterTokenDelay()).isEqualTo(Duration.ofMillis(13));
		assertThat(profile.timeToFirstToken()).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void presetsFollowTheReferenceMeasurements() {
		assertThat(LatencyPresets.SMALL.tokensPerSecond()).isEqualTo(150);
		assertThat(LatencyPresets.MEDIUM.tokensPerSecond()).isEqualTo(110);
		assertThat(LatencyPresets.LARGE.tokensPerSecond()).isEqualTo(90);
		assertThat(LatencyPresets.XLARGE.tokensPerSecond()).isEqualTo(55);
		assertThat(LatencyPresets.REASONING.tokensPerSecond()).isEqualTo(130);
		assertThat(LatencyPresets.XLARGE.timeToFirstToken()).isEqualTo(Duration.ofSeconds(1));
		assertThat(LatencyPresets.forActiveParameters(8_000_000_000L)).isSameAs(LatencyPresets.SMALL);
		assertThat(LatencyPresets.forActiveParameters(405_000_000_000L)).isSameAs(LatencyPresets.XLARGE);
	}

	@Test
	void capabilityPresetsNestAsNamed() {
		assertThat(CapabilityPresets.CHAT_FULL).containsAll(CapabilityPresets.TOOLS);
		assertThat(CapabilityPresets.VISION_CHAT).containsAll(CapabilityPresets.CHAT_FULL).contains(Capability.VISION);
		assertThat(CapabilityPresets.MULTIMODAL).contains(Capability.AUDIO_INPUT, Capability.AUDIO_OUTPUT);
		assertThat(CapabilityPresets.REASONING_CHAT).contains(Capability.REASONING).doesNotContain(Capability.VISION);
		assertThat(CapabilityPresets.minus(CapabilityPresets.TOOLS, Capability.FUNCTION_CALLING))
			.isEqualTo(CapabilityPresets.CHAT_ONLY);
	}

	@Test
	void capabilityWireNamesRoundTrip() {
		for (Capability capability : Capability.values()) {
			assertThat(Capability.fromWireName(capability.wireName())).isSameAs(capability);
		}
		assertThat(Capability.fromWireName("Function-Calling")).isSameAs(Capability.FUNCTION_CALLING);
		assertThat(Capability.fromWireName("telepathy")).isNull();
	}

	private static void assertInvalid(ThrowingCallable build, String message) {
		assertThatIllegalArgumentException().isThrownBy(build)
			.withMessageStartingWith("Invalid model definition '")
			.withMessageContaining(message);
	}

}
