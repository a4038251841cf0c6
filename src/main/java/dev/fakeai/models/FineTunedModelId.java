package dev.fakeai.models;

import org.jspecify.annotations.Nullable;

/**
 * An OpenAI fine-tuned model id, in either form: {@code ft:BASE:ORG::JOB} or
 * {@code ft:BASE:ORG:SUFFIX:ID}.
 *
 * @param base the base model id
 * @param organization the owning organization
 * @param suffix the user's suffix, or {@code null} when empty
 * @param jobId the job or model id part
 */
public record FineTunedModelId(String base, String organization, @Nullable String suffix, String jobId) {

	private static final int PARTS = 5;

	/**
	 * Parses a fine-tuned id.
	 * @param id the id
	 * @return the parts, or {@code null} when {@code id} is not a fine-tuned id
	 */
	public static @Nullable FineTunedModelId parse(String id) {
		if (!id.startsWith("ft:")) {
			return null;
		}
		String[] parts = id.split(":", -1);
		if (parts.length != PARTS || parts[1].isBlank() || parts[2].isBlank() || parts[4].isBlank()) {
			return null;
		}
		return new FineTunedModelId(parts[1], parts[2], parts[3].isEmpty() ? null : parts[3], parts[4]);
	}

}
