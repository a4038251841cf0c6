package dev.fakeai.models;

import java.util.Map;

/**
 * Counts over the registry, for the {@code models} actuator endpoint and logs.
 *
 * @param total all registered models
 * @param active models still served by their provider
 * @param deprecated models with an announced shutdown
 * @param fineTuned models derived from a base model
 * @param autoCreated models created on first use
 * @param byCapability models per capability (wire names)
 * @param byOwner models per {@code owned_by}
 * @param byProvider models per provider
 */
public record RegistryStatistics(int total, long active, long deprecated, long fineTuned, long autoCreated,
		Map<String, Integer> byCapability, Map<String, Integer> byOwner, Map<String, Integer> byProvider) {

	public RegistryStatistics {
		byCapability = Map.copyOf(byCapability);
		byOwner = Map.copyOf(byOwner);
		byProvider = Map.copyOf(byProvider);
	}

}
