package dev.fakeai.images;

import org.jspecify.annotations.Nullable;

/**
 * What will be drawn and how it is answered, once the model's rules allowed the request.
 *
 * @param n how many images
 * @param width the width in pixels
 * @param height the height in pixels
 * @param size {@code WIDTHxHEIGHT}
 * @param quality the quality drawn
 * @param style the style, for the models that have styles
 * @param urls whether images are answered as URLs (else base64)
 * @param format the file format
 * @param compression 0 to 100, for JPEG
 * @param transparent whether the background is transparent
 * @param gptImage whether the answer carries the GPT image models' fields and usage
 * @param partialImages how many partial images a stream sends before each image
 * @param revisedPrompt the prompt as the model rewrote it, for the models that do
 */
record ImagePlan(int n, int width, int height, String size, String quality, @Nullable String style, boolean urls,
		String format, int compression, boolean transparent, boolean gptImage, int partialImages,
		@Nullable String revisedPrompt) {
}
