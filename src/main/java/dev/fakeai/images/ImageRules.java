package dev.fakeai.images;

import java.util.List;

import dev.fakeai.errors.ApiException;
import dev.fakeai.images.ImageRequest.Operation;
import dev.fakeai.images.ImageRequest.Upload;
import dev.fakeai.models.ImageSpec;
import dev.fakeai.simulation.ImageProbe;
import org.jspecify.annotations.Nullable;

/**
 * The rules a model's {@link ImageSpec} sets on an image request, each broken one
 * OpenAI's 400 (the wordings in docs/images.md, with which are captured from the real API
 * and which follow its pattern).
 */
final class ImageRules {

	/** DALL·E 2 edits and variations: a square PNG under 4 MB. */
	static final int DALL_E_UPLOAD_BYTES = 4 * 1024 * 1024;

	/** The GPT image models: each image under 50 MB. */
	static final long GPT_IMAGE_UPLOAD_BYTES = 50L * 1024 * 1024;

	/** What a remote image counts as: it is never fetched. */
	static final ImageProbe REMOTE = new ImageProbe("png", 1024, 1024, "RGBA");

	private ImageRules() {
	}

	static ImagePlan plan(ImageRequest request, String modelId, ImageSpec spec) {
		if (request.operation() == Operation.EDITS && !spec.edits()) {
			throw ApiException.badRequest("model",
					"Invalid value: '" + modelId + "'. This model does not support image edits.", "invalid_value");
		}
		if (request.operation() == Operation.VARIATIONS && !spec.variations()) {
			throw ApiException.badRequest("model", "Invalid value: '" + modelId + "'. Value must be 'dall-e-2'.",
					"invalid_value");
		}
		for (String param : request.given()) {
			boolean gptOnly = ImagesRequestParser.GPT_IMAGE_ONLY.contains(param);
			boolean dallEOnly = "response_format".equals(param) || "style".equals(param);
			if ((gptOnly && !spec.gptImage()) || (dallEOnly && spec.gptImage())) {
				throw ApiException.unknownParameter(param);
			}
		}
		String prompt = request.prompt();
		if (prompt != null && prompt.length() > spec.maxPromptCharacters()) {
			throw ApiException.badRequest("prompt",
					"Invalid 'prompt': string too long. Expected a string with maximum length "
							+ spec.maxPromptCharacters() + ", but got a string with length " + prompt.length()
							+ " instead.",
					"string_above_max_length");
		}
		int n = (request.n() != null) ? request.n() : 1;
		if (n > spec.maxImages()) {
			throw ApiException.badRequest(null, "You must provide n=" + spec.maxImages() + " for this model.", null);
		}
		String size = size(request.size(), spec);
		String quality = choice("quality", request.quality(), spec.qualities(), spec.defaultQuality());
		String style = spec.styles().isEmpty() ? null
				: (request.style() != null) ? request.style() : spec.styles().get(0);
		String format = (request.outputFormat() != null) ? request.outputFormat() : "png";
		boolean transparent = "transparent".equals(request.background());
		if (transparent && "jpeg".equals(format)) {
			throw ApiException.badRequest("background",
					"Transparent background is not supported for the jpeg output format; use png or webp.",
					"invalid_value");
		}
		int partialImages = (request.partialImages() != null) ? request.partialImages() : 0;
		checkUploads(request, spec);
		String[] sides = size.split("x");
		boolean urls = !spec.gptImage() && !"b64_json".equals(request.responseFormat());
		return new ImagePlan(n, Integer.parseInt(sides[0]), Integer.parseInt(sides[1]), size, quality, style, urls,
				format, (request.outputCompression() != null) ? request.outputCompression() : 100, transparent,
				spec.gptImage(), partialImages, spec.revisesPrompt() && prompt != null ? revised(prompt, style) : null);
	}

	private static String size(@Nullable String asked, ImageSpec spec) {
		if (asked == null || "auto".equals(asked) && spec.sizes().contains("auto")) {
			return spec.defaultSize();
		}
		if (!spec.sizes().contains(asked)) {
			if (!spec.gptImage()) {
				throw ApiException.badRequest(null, "The size is not supported by this model.", "invalid_size");
			}
			throw invalidValue("size", asked, spec.sizes());
		}
		return asked;
	}

	private static String choice(String param, @Nullable String asked, List<String> allowed, String fallback) {
		if (asked == null || "auto".equals(asked) && allowed.contains("auto")) {
			return fallback;
		}
		if (!allowed.contains(asked)) {
			throw invalidValue(param, asked, allowed);
		}
		return asked;
	}

	/** {@code Invalid value: 'x'. Supported values are: 'a', 'b', and 'c'.} */
	static ApiException invalidValue(String param, String value, List<String> allowed) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < allowed.size(); i++) {
			if (i > 0) {
				list.append((allowed.size() > 2) ? ", " : " ");
			}
			if (i == allowed.size() - 1 && allowed.size() > 1) {
				list.append("and ");
			}
			list.append('\'').append(allowed.get(i)).append('\'');
		}
		return ApiException.badRequest(param, "Invalid value: '" + value + "'. Supported values are: " + list + ".",
				"invalid_value");
	}

	private static void checkUploads(ImageRequest request, ImageSpec spec) {
		if (request.images().isEmpty()) {
			return;
		}
		int most = (request.operation() == Operation.EDITS) ? spec.maxEditImages() : 1;
		if (request.images().size() > most) {
			throw ApiException.badRequest("image",
					"Invalid 'image': array too long. Expected an array with maximum " + "length " + most
							+ ", but got an array with length " + request.images().size() + " instead.",
					"array_above_max_length");
		}
		Upload mask = request.mask();
		boolean needsAlpha = request.operation() == Operation.EDITS && mask == null;
		ImageProbe first = null;
		for (int i = 0; i < request.images().size(); i++) {
			ImageProbe probe = probe(request.images().get(i), "image", i + 1, spec, needsAlpha);
			first = (first != null) ? first : probe;
		}
		if (mask != null && first != null) {
			ImageProbe probe = probe(mask, "mask", 1, spec, false);
			if (!"png".equals(probe.format()) || !probe.alpha()) {
				throw ApiException.badRequest("mask",
						"Invalid mask image format - mask must be a PNG with an alpha channel, got " + probe.mode()
								+ ".",
						"invalid_image_format");
			}
			if (probe.width() != first.width() || probe.height() != first.height()) {
				throw ApiException.badRequest("mask",
						"Invalid mask image - mask size does not match image size (" + probe.width() + "x"
								+ probe.height() + " vs " + first.width() + "x" + first.height() + ").",
						"invalid_image_size");
			}
		}
	}

	private static ImageProbe probe(Upload upload, String param, int index, ImageSpec spec, boolean needsAlpha) {
		byte[] bytes = upload.bytes();
		if (bytes == null) {
			return REMOTE;
		}
		ImageProbe probe = ImageProbe.of(bytes);
		if (spec.gptImage()) {
			if (bytes.length >= GPT_IMAGE_UPLOAD_BYTES) {
				throw ApiException.badRequest(param, "Uploaded image must be less than 50 MB.", "image_too_large");
			}
			if (probe == null || !List.of("png", "jpeg", "webp").contains(probe.format())) {
				throw ApiException.badRequest(param,
						"Invalid image file or mode for image " + index
								+ ", please check your image file. Supported file formats are png, jpeg and webp.",
						"invalid_image_format");
			}
			return probe;
		}
		if (probe == null || !"png".equals(probe.format()) || bytes.length >= DALL_E_UPLOAD_BYTES) {
			throw ApiException.badRequest(param, "Uploaded image must be a PNG and less than 4 MB.",
					"invalid_image_format");
		}
		if (probe.width() != probe.height()) {
			throw ApiException.badRequest(param, "Uploaded image must be square.", "invalid_image_size");
		}
		if (needsAlpha && !List.of("RGBA", "LA", "L").contains(probe.mode())) {
			throw ApiException.badRequest(param,
					"Invalid input image - format must be in ['RGBA', 'LA', 'L'], got " + probe.mode() + ".",
					"invalid_image_format");
		}
		return probe;
	}

	private static String revised(String prompt, @Nullable String style) {
		String subject = prompt.strip().replaceAll("[.!?]+$", "");
		String look = "natural".equals(style)
				? "in a natural, realistic style with soft daylight and true-to-life colours"
				: "in a vivid, hyper-real style with saturated colours and dramatic lighting";
		return "An image of " + subject + ", " + look + ", carefully composed with a clear focal point and a "
				+ "balanced background.";
	}

}
