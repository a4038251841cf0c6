package dev.fakeai.audio;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.fakeai.delivery.NamedEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speech as server-sent events: the audio file in {@code speech.audio.delta} events of
 * about half a second of sound each (base64), paced over the time the model takes to make
 * it, then {@code speech.audio.done} with the usage.
 */
final class SpeechStream {

	private SpeechStream() {
	}

	/**
	 * The events of a speech answer.
	 * @param audio the audio file
	 * @param seconds how long it plays
	 * @param usage the request's tokens: input, output, total
	 * @param firstNanos the wait before the first event
	 * @param productionNanos the time the model takes to make all of it
	 * @param mapper writes the events
	 * @return the stream
	 */
	static NamedEvents of(byte[] audio, double seconds, Map<String, Integer> usage, long firstNanos,
			long productionNanos, JsonMapper mapper) {
		NamedEvents events = new NamedEvents();
		int chunks = (int) Math.max(1, Math.min(audio.length, Math.ceil(seconds * 2)));
		long step = productionNanos / chunks;
		Base64.Encoder base64 = Base64.getEncoder();
		for (int i = 0; i < chunks; i++) {
			int from = (int) ((long) audio.length * i / chunks);
			int to = (int) ((long) audio.length * (i + 1) / chunks);
			Map<String, Object> delta = new LinkedHashMap<>();
			delta.put("type", "speech.audio.delta");
			delta.put("audio", base64.encodeToString(Arrays.copyOfRange(audio, from, to)));
			events.add("speech.audio.delta", mapper.writeValueAsString(delta), (i == 0) ? firstNanos : step);
		}
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("type", "speech.audio.done");
		done.put("usage", usage);
		return events.add("speech.audio.done", mapper.writeValueAsString(done), 0);
	}

}
