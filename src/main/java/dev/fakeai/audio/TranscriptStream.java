package dev.fakeai.audio;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.fakeai.delivery.NamedEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streamed transcript: a {@code transcript.text.delta} event a word (with its space),
 * paced over the time the model takes, then {@code transcript.text.done} with the text
 * and the usage.
 */
final class TranscriptStream {

	private TranscriptStream() {
	}

	/**
	 * The events of a transcript.
	 * @param transcript the transcript
	 * @param usage the request's usage
	 * @param firstNanos the wait before the first event
	 * @param productionNanos the time the model takes to make all of it
	 * @param mapper writes the events
	 * @return the stream
	 */
	static NamedEvents of(Transcript transcript, Map<String, Object> usage, long firstNanos, long productionNanos,
			JsonMapper mapper) {
		NamedEvents events = new NamedEvents();
		String[] words = transcript.text().split(" ");
		long step = productionNanos / Math.max(1, words.length);
		for (int i = 0; i < words.length; i++) {
			Map<String, Object> delta = new LinkedHashMap<>();
			delta.put("type", "transcript.text.delta");
			delta.put("delta", (i == 0) ? words[i] : " " + words[i]);
			events.add("transcript.text.delta", mapper.writeValueAsString(delta), (i == 0) ? firstNanos : step);
		}
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("type", "transcript.text.done");
		done.put("text", transcript.text());
		done.put("usage", usage);
		return events.add("transcript.text.done", mapper.writeValueAsString(done), 0);
	}

}
