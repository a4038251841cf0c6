package dev.fakeai.audio;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.delivery.ChunkSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speech as server-sent events: the audio file in {@code speech.audio.delta} events of
 * about half a second of sound each (base64), paced over the time the model takes to make
 * it, then {@code speech.audio.done} with the usage. Named events, no {@code [DONE]}.
 */
final class SpeechStream implements ChunkSource {

	private static final String DELTA = "speech.audio.delta";

	private static final String DONE = "speech.audio.done";

	private final List<String> payloads = new ArrayList<>();

	private final long firstNanos;

	private final long stepNanos;

	/**
	 * @param audio the audio file
	 * @param seconds how long it plays
	 * @param usage the request's tokens: input, output, total
	 * @param firstNanos the wait before the first event
	 * @param productionNanos the time the model takes to make all of it
	 * @param mapper writes the events
	 */
	SpeechStream(byte[] audio, double seconds, Map<String, Integer> usage, long firstNanos, long productionNanos,
			JsonMapper mapper) {
		int chunks = (int) Math.max(1, Math.min(audio.length, Math.ceil(seconds * 2)));
		Base64.Encoder base64 = Base64.getEncoder();
		for (int i = 0; i < chunks; i++) {
			int from = (int) ((long) audio.length * i / chunks);
			int to = (int) ((long) audio.length * (i + 1) / chunks);
			Map<String, Object> delta = new LinkedHashMap<>();
			delta.put("type", DELTA);
			delta.put("audio", base64.encodeToString(java.util.Arrays.copyOfRange(audio, from, to)));
			this.payloads.add(mapper.writeValueAsString(delta));
		}
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("type", DONE);
		done.put("usage", usage);
		this.payloads.add(mapper.writeValueAsString(done));
		this.firstNanos = firstNanos;
		this.stepNanos = productionNanos / chunks;
	}

	@Override
	public int size() {
		return this.payloads.size();
	}

	@Override
	public String data(int index) {
		return this.payloads.get(index);
	}

	@Override
	public long delayNanos(int index) {
		return (index == 0) ? this.firstNanos : (index < this.payloads.size() - 1) ? this.stepNanos : 0;
	}

	@Override
	public String event(int index) {
		return (index < this.payloads.size() - 1) ? DELTA : DONE;
	}

	@Override
	public boolean doneMarker() {
		return false;
	}

}
