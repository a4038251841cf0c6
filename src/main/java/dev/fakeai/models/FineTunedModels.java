package dev.fakeai.models;

import java.time.Instant;

/**
 * Derives a fine-tuned model from its base: same capabilities and limits, owned by the
 * organization in the id, with the base as parent and the base's root as root.
 */
final class FineTunedModels {

	private FineTunedModels() {
	}

	static ModelDefinition derive(String id, FineTunedModelId fineTuned, ModelDefinition base) {
		return base.toBuilder()
			.id(id)
			.ownedBy(fineTuned.organization())
			.created(Instant.now().getEpochSecond())
			.displayName(id)
			.description("Fine-tune of " + base.id() + " by " + fineTuned.organization() + ".")
			.parent(base.id())
			.root(base.root())
			.active(true)
			.deprecation(null)
			.snapshot(null)
			.aliases()
			.metadata("fine_tuned", "true")
			.metadata("fine_tuning_job", fineTuned.jobId())
			.build();
	}

}
