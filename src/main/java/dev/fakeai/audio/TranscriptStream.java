package dev.fakeai.audio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.delivery.ChunkSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streamed transcript: a {@code transcript.text.delta} event a word (with its space),
 * paced over the time the model takes, then {@code transcript.text.done} with the text
 * and the usage. Named events, no {@code [DONE]}.
 */
final class TranscriptStream implements ChunkSource {

	private final List<String> payloads = new ArrayList<>();

	private final long firstNanos;

	private final long stepNanos;

	TranscriptStream(Transcript transcript, Map<String, Object> usage, long firstNanos, long productionNanos,
			JsonMapper mapper) {
		String[] words = transcript.text().split(" ");
		for (int i = 0; i < words.length; i++) {
			Map<String, Object> delta = new LinkedHashMap<>();
			delta.put("type", "transcript.text.delta");
			delta.put("delta", (i == 0) ? words[i] : " " + words[i]);
			this.payloads.add(mapper.writeValueAsString(delta));
		}
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("type", "transcript.text.done");
		done.put("text", transcript.text());
		done.put("usage", usage);
		this.payloads.add(mapper.writeValueAsString(done));
		this.firstNanos = firstNanos;
		this.stepNanos = productionNanos / Math.max(1, words.length);
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
		return (index < this.payloads.size() - 1) ? "transcript.text.delta" : "transcript.text.done";
	}

	@Override
	public boolean doneMarker() {
		return false;
	}

}
