package dev.fakeai.images;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.delivery.NamedEvents;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GPT image model's stream: for each image, its partial images
 * ({@code image_generation.partial_image} or {@code image_edit.partial_image}, as asked
 * with {@code partial_images}) spread over the time the image takes, then the image
 * ({@code ...completed}, with the usage). Named events, no {@code [DONE]}, as the
 * Responses API streams.
 */
final class ImageStream {

	private ImageStream() {
	}

	/**
	 * The events of an image answer.
	 * @param prefix {@code image_generation} or {@code image_edit}
	 * @param plan what is drawn
	 * @param partials per image, its partial images (base64), in order
	 * @param images per image, the image (base64)
	 * @param usage the request's usage, on every completed event
	 * @param createdAt unix seconds
	 * @param firstNanos the wait before the first event
	 * @param perImageNanos the time each image takes
	 * @param mapper writes the events
	 * @return the stream
	 */
	static NamedEvents of(String prefix, ImagePlan plan, List<List<String>> partials, List<String> images,
			ImagesResponse.@Nullable Usage usage, long createdAt, long firstNanos, long perImageNanos,
			JsonMapper mapper) {
		NamedEvents events = new NamedEvents();
		String background = plan.transparent() ? "transparent" : "opaque";
		long wait = firstNanos;
		for (int i = 0; i < images.size(); i++) {
			List<String> partial = partials.get(i);
			long step = perImageNanos / (partial.size() + 1);
			for (int k = 0; k < partial.size(); k++) {
				Map<String, Object> event = event(prefix + ".partial_image", partial.get(k), createdAt, plan,
						background);
				event.put("partial_image_index", k);
				events.add(prefix + ".partial_image", mapper.writeValueAsString(event), wait + step);
				wait = 0;
			}
			Map<String, Object> completed = event(prefix + ".completed", images.get(i), createdAt, plan, background);
			completed.put("usage", usage);
			events.add(prefix + ".completed", mapper.writeValueAsString(completed),
					wait + perImageNanos - step * partial.size());
			wait = 0;
		}
		return events;
	}

	private static Map<String, Object> event(String type, String b64, long createdAt, ImagePlan plan,
			String background) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("b64_json", b64);
		event.put("created_at", createdAt);
		event.put("size", plan.size());
		event.put("quality", plan.quality());
		event.put("background", background);
		event.put("output_format", plan.format());
		return event;
	}

}
