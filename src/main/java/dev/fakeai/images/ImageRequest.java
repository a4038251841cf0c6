package dev.fakeai.images;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An image request as the API received it, before the model's rules are applied.
 *
 * @param operation which endpoint
 * @param model the model asked for, or the operation's default
 * @param prompt the prompt ({@code null} for variations)
 * @param n how many images, if asked
 * @param size the size asked for
 * @param quality the quality asked for
 * @param style the style asked for
 * @param responseFormat {@code url} or {@code b64_json}, if asked
 * @param outputFormat {@code png}, {@code jpeg} or {@code webp}, if asked
 * @param outputCompression 0 to 100, if asked
 * @param background {@code transparent}, {@code opaque} or {@code auto}, if asked
 * @param stream whether the answer streams
 * @param partialImages how many partial images a stream sends, if asked
 * @param images the uploaded images (edits, variations)
 * @param mask the uploaded mask (edits)
 * @param given the parameters the request set
 */
record ImageRequest(Operation operation, String model, @Nullable String prompt, @Nullable Integer n,
		@Nullable String size, @Nullable String quality, @Nullable String style, @Nullable String responseFormat,
		@Nullable String outputFormat, @Nullable Integer outputCompression, @Nullable String background, boolean stream,
		@Nullable Integer partialImages, List<Upload> images, @Nullable Upload mask, Set<String> given) {

	/**
	 * An uploaded file, or an image given by URL.
	 *
	 * @param name the file name the client gave, or the URL
	 * @param bytes the content, {@code null} for a remote URL (never fetched: it counts
	 * as a 1024x1024 image, as remote images in chat do)
	 */
	record Upload(String name, byte @Nullable [] bytes) {

		/** The content's hash, or the URL's for a remote image. */
		int contentHash() {
			return (this.bytes != null) ? java.util.Arrays.hashCode(this.bytes) : this.name.hashCode();
		}

	}

	/** The three endpoints. */
	enum Operation {

		/** {@code /v1/images/generations}. */
		GENERATIONS("generations", "image_generation"),

		/** {@code /v1/images/edits}. */
		EDITS("edits", "image_edit"),

		/** {@code /v1/images/variations}. */
		VARIATIONS("variations", null);

		private final String path;

		private final @Nullable String eventPrefix;

		Operation(String path, @Nullable String eventPrefix) {
			this.path = path;
			this.eventPrefix = eventPrefix;
		}

		/** The last segment of its path. */
		String path() {
			return this.path;
		}

		/**
		 * The prefix of its stream events' types, {@code null} when it does not stream.
		 */
		@Nullable String eventPrefix() {
			return this.eventPrefix;
		}

	}

}
