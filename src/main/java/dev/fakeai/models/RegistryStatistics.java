package dev.fakeai.models;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

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
public record RegistryStatistics(@JsonProperty("total") int total, @JsonProperty("active") long active,
		@JsonProperty("deprecated") long deprecated, @JsonProperty("fine_tuned") long fineTuned,
		@JsonProperty("auto_created") long autoCreated,
		@JsonProperty("by_capability") Map<String, Integer> byCapability,
		@JsonProperty("by_owner") Map<String, Integer> byOwner,
		@JsonProperty("by_provider") Map<String, Integer> byProvider) {

	public RegistryStatistics {
		byCapability = Collections.unmodifiableMap(new TreeMap<>(byCapability));
		byOwner = Collections.unmodifiableMap(new TreeMap<>(byOwner));
		byProvider = Collections.unmodifiableMap(new TreeMap<>(byProvider));
	}

}
