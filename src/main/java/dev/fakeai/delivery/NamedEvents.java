package dev.fakeai.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * A stream of named server-sent events made in advance, each with the wait before it, and
 * no {@code [DONE]} at the end: the form of OpenAI's newer streams (image generation,
 * speech, transcription), whose events carry their {@code type} as the event's name.
 */
public final class NamedEvents implements ChunkSource {

	private final List<String> events = new ArrayList<>();

	private final List<String> payloads = new ArrayList<>();

	private final List<Long> delays = new ArrayList<>();

	/**
	 * Adds an event.
	 * @param event its name (its {@code type})
	 * @param payload its data, a JSON document
	 * @param delayNanos the wait before it
	 * @return this
	 */
	public NamedEvents add(String event, String payload, long delayNanos) {
		this.events.add(event);
		this.payloads.add(payload);
		this.delays.add(Math.max(0, delayNanos));
		return this;
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
		return this.delays.get(index);
	}

	@Override
	public String event(int index) {
		return this.events.get(index);
	}

	@Override
	public boolean doneMarker() {
		return false;
	}

}
