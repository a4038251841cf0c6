package dev.fakeai.delivery;

import java.io.IOException;
import java.io.OutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A stream that sends another's frames, with a hook before each frame is made, for what
 * watches or alters a stream on its way out (the journal, injected faults).
 */
public abstract class ForwardingChunkSource implements ChunkSource {

	private final ChunkSource source;

	protected ForwardingChunkSource(ChunkSource source) {
		this.source = source;
	}

	/**
	 * Runs before frame {@code index} is made; may throw a {@link StreamFault}.
	 * @param index the frame
	 */
	protected void beforeFrame(int index) {
	}

	@Override
	public int size() {
		return this.source.size();
	}

	@Override
	public String data(int index) {
		beforeFrame(index);
		return this.source.data(index);
	}

	@Override
	public void writeData(int index, OutputStream out) throws IOException {
		beforeFrame(index);
		this.source.writeData(index, out);
	}

	@Override
	public long delayNanos(int index) {
		return this.source.delayNanos(index);
	}

	@Override
	public @Nullable String event(int index) {
		return this.source.event(index);
	}

	@Override
	public boolean doneMarker() {
		return this.source.doneMarker();
	}

}
