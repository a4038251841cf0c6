package dev.fakeai.models;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an image model takes and makes, as OpenAI's image API documents it per model
 * family (the {@code CreateImageRequest}, {@code CreateImageEditRequest} and
 * {@code CreateImageVariationRequest} schemas of its OpenAPI description, and the image
 * generation guide for the GPT image models' token counts).
 *
 * @param family how the API treats the model: {@link Family#DALL_E} (urls or base64, no
 * token usage) or {@link Family#GPT_IMAGE} (base64 only, output formats, backgrounds,
 * streaming, token usage)
 * @param sizes the sizes it draws, {@code WIDTHxHEIGHT}, with {@code auto} where it
 * chooses
 * @param defaultSize the size drawn when none is asked for, or for {@code auto}
 * @param maxImages the most images one request may ask for ({@code n})
 * @param qualities the qualities it takes, with {@code auto} where it chooses
 * @param defaultQuality the quality drawn when none is asked for, or for {@code auto}
 * @param styles the styles it takes ({@code vivid}, {@code natural}), empty when none
 * @param maxPromptCharacters the longest prompt
 * @param edits whether {@code /v1/images/edits} takes it
 * @param maxEditImages the most images one edit may take
 * @param variations whether {@code /v1/images/variations} takes it
 * @param revisesPrompt whether answers carry a {@code revised_prompt}
 * @param outputTokensPerMegapixel image tokens per 1024x1024 at each quality, for the
 * models billed in tokens (empty for the others)
 */
public record ImageSpec(Family family, List<String> sizes, String defaultSize, int maxImages, List<String> qualities,
		String defaultQuality, List<String> styles, int maxPromptCharacters, boolean edits, int maxEditImages,
		boolean variations, boolean revisesPrompt, Map<String, Integer> outputTokensPerMegapixel) {

	/** DALL·E 2: small square sizes, up to 10 images, edits and variations. */
	public static final ImageSpec DALL_E_2 = new ImageSpec(Family.DALL_E, List.of("256x256", "512x512", "1024x1024"),
			"1024x1024", 10, List.of("standard"), "standard", List.of(), 1000, true, 1, true, false, Map.of());

	/** DALL·E 3: one image a request, wide and tall sizes, styles, a revised prompt. */
	public static final ImageSpec DALL_E_3 = new ImageSpec(Family.DALL_E,
			List.of("1024x1024", "1792x1024", "1024x1792"), "1024x1024", 1, List.of("standard", "hd"), "standard",
			List.of("vivid", "natural"), 4000, false, 0, false, true, Map.of());

	/**
	 * The GPT image models: three sizes or {@code auto}, qualities low to high, up to 16
	 * images an edit, billed in tokens (272, 1,056 and 4,160 output tokens for a
	 * 1024x1024 image at low, medium and high quality, proportionally more for larger
	 * ones).
	 */
	public static final ImageSpec GPT_IMAGE = new ImageSpec(Family.GPT_IMAGE,
			List.of("1024x1024", "1024x1536", "1536x1024", "auto"), "1024x1024", 10,
			List.of("low", "medium", "high", "auto"), "high", List.of(), 32000, true, 16, false, false,
			Map.of("low", 272, "medium", 1056, "high", 4160));

	public ImageSpec {
		sizes = List.copyOf(sizes);
		qualities = List.copyOf(qualities);
		styles = List.copyOf(styles);
		outputTokensPerMegapixel = Map.copyOf(outputTokensPerMegapixel);
		if (!sizes.contains(defaultSize) || "auto".equals(defaultSize)) {
			throw new IllegalArgumentException("the default image size must be one of the sizes: " + defaultSize);
		}
		if (!qualities.contains(defaultQuality) || "auto".equals(defaultQuality)) {
			throw new IllegalArgumentException("the default quality must be one of the qualities: " + defaultQuality);
		}
		if (maxImages < 1 || maxPromptCharacters < 1 || (edits && maxEditImages < 1)) {
			throw new IllegalArgumentException("image limits must be positive");
		}
		if ((family == Family.GPT_IMAGE) == outputTokensPerMegapixel.isEmpty()) {
			throw new IllegalArgumentException("the GPT image models, and only they, are billed in tokens");
		}
	}

	/**
	 * Whether images come back as base64 only, with token usage and the GPT image
	 * options.
	 */
	public boolean gptImage() {
		return this.family == Family.GPT_IMAGE;
	}

	/**
	 * The output tokens of one image, for a model billed in tokens.
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @param quality a quality this model draws
	 * @return the tokens, or {@code null} when the model is not billed in tokens
	 */
	public @Nullable Integer outputTokens(int width, int height, String quality) {
		Integer perMegapixel = this.outputTokensPerMegapixel.get(quality);
		return (perMegapixel != null) ? (int) Math.round(perMegapixel * (width * (double) height) / (1024 * 1024))
				: null;
	}

	/** How OpenAI's image API treats a model. */
	public enum Family {

		/** DALL·E 2 and 3. */
		DALL_E,

		/** gpt-image-1 and its successors. */
		GPT_IMAGE

	}

}
