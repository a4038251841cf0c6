package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.CHAT;
import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.LOGPROBS;
import static dev.fakeai.models.Capability.STOP_SEQUENCES;
import static dev.fakeai.models.Capability.SYSTEM_FINGERPRINT;
import static dev.fakeai.models.Capability.SYSTEM_MESSAGES;
import static dev.fakeai.models.CapabilityPresets.BASE;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * the TinyLlama project's models (1), with the facts of the reference catalog of
 * 2026-11-26.
 */
@Component
class TinyLlamaCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "tinyllama";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(), model("TinyLlama/TinyLlama-1.1B-Chat-v1.0", "tinyllama", 1_703_980_800L)
			.released("2023-12-31")
			.displayName("TinyLlama 1.1B Chat v1.0")
			.family("tinyllama")
			.features(BASE, CHAT, COMPLETION, STOP_SEQUENCES, SYSTEM_MESSAGES, LOGPROBS, SYSTEM_FINGERPRINT, KV_CACHE)
			.limits(2_048, 2_048)
			.latency(LatencyPresets.SMALL)
			.parameters(1_100_000_000L));
	}

}
