package dev.fakeai.engine;

import java.util.List;
import java.util.Set;

import dev.fakeai.models.Capability;
import org.jspecify.annotations.Nullable;

/**
 * What the engine generated for one request, ready for an API to render: the model the
 * answer names, the choices (with their tokens already cut for streaming), the usage, and
 * the timing plan.
 *
 * @param model the model id the response names (a dated snapshot for an alias)
 * @param choices the generated choices
 * @param usage the tokens used over all choices
 * @param systemFingerprint the model's stable fingerprint, {@code null} for models that
 * report none
 * @param serviceTier the tier that served the request
 * @param capabilities the model's capability flags, for what the API renders
 * @param timing when the tokens are due
 */
public record Reply(String model, List<GeneratedChoice> choices, Usage usage, @Nullable String systemFingerprint,
		String serviceTier, Set<Capability> capabilities, TimingPlan timing) {

	public Reply {
		choices = List.copyOf(choices);
		capabilities = Set.copyOf(capabilities);
	}

	/**
	 * Whether the model that answered has a capability.
	 * @param capability the capability
	 * @return {@code true} when it has
	 */
	public boolean has(Capability capability) {
		return this.capabilities.contains(capability);
	}

}
