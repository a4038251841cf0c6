package dev.fakeai.engine;

import java.util.List;

/**
 * What the engine generated for one request, ready for an API to render: the model the
 * answer names, the choices (with their tokens already cut for streaming), the usage, and
 * the timing plan.
 *
 * @param model the model id the response names (a dated snapshot for an alias)
 * @param choices the generated choices
 * @param usage the tokens used over all choices
 * @param systemFingerprint the model's stable fingerprint
 * @param serviceTier the tier that served the request
 * @param reasons whether the model reasons before it answers (by its capability flags)
 * @param timing when the tokens are due
 */
public record Reply(String model, List<GeneratedChoice> choices, Usage usage, String systemFingerprint,
		String serviceTier, boolean reasons, TimingPlan timing) {

	public Reply {
		choices = List.copyOf(choices);
	}

}
