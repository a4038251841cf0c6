package dev.fakeai.images;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code ImagesResponse}: the images, and for the GPT image models what was
 * drawn (background, format, quality, size) and the tokens billed.
 *
 * @param created unix seconds
 * @param background {@code transparent} or {@code opaque} (GPT image models)
 * @param data the images
 * @param outputFormat the file format (GPT image models)
 * @param quality the quality drawn (GPT image models)
 * @param size the size drawn (GPT image models)
 * @param usage the tokens billed (GPT image models)
 */
record ImagesResponse(@JsonProperty("created") long created,
		@JsonProperty("background") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String background,
		@JsonProperty("data") List<Image> data,
		@JsonProperty("output_format") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String outputFormat,
		@JsonProperty("quality") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String quality,
		@JsonProperty("size") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String size,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Usage usage) {

	/**
	 * One image: a URL on this server or the file in base64, and DALL·E 3's rewrite of
	 * the prompt.
	 *
	 * @param revisedPrompt the prompt as rewritten
	 * @param url where the file is served, for an hour
	 * @param b64Json the file, base64
	 */
	record Image(
			@JsonProperty("revised_prompt") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String revisedPrompt,
			@JsonProperty("url") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String url,
			@JsonProperty("b64_json") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String b64Json) {
	}

	/**
	 * The tokens of a GPT image request.
	 *
	 * @param inputTokens the prompt's and input images' tokens
	 * @param inputTokensDetails the split of the input tokens
	 * @param outputTokens the images' tokens
	 * @param totalTokens input and output
	 */
	record Usage(@JsonProperty("input_tokens") int inputTokens,
			@JsonProperty("input_tokens_details") InputDetails inputTokensDetails,
			@JsonProperty("output_tokens") int outputTokens, @JsonProperty("total_tokens") int totalTokens) {
	}

	/**
	 * @param textTokens the prompt's tokens
	 * @param imageTokens the input images' tokens
	 */
	record InputDetails(@JsonProperty("text_tokens") int textTokens, @JsonProperty("image_tokens") int imageTokens) {
	}

}
