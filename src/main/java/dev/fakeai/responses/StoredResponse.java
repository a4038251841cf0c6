package dev.fakeai.responses;

import java.util.List;

import dev.fakeai.engine.BoundedStore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored response: how it ends, its input items, and when it gets there. What a client
 * sees depends on the time it asks: {@code queued} (in the background, before the first
 * token is due), {@code in_progress}, then the finished response; or {@code cancelled}
 * once cancelled before it finished.
 */
final class StoredResponse implements BoundedStore.Entry {

	private final ResponseObject finished;

	private final List<ObjectNode> input;

	private final long startsAt;

	private final long finishesAt;

	private final long bytes;

	private volatile @Nullable ResponseObject cancelled;

	/**
	 * A response to keep.
	 * @param finished the response as it ends
	 * @param input its input items, as listed
	 * @param startsAt when its first token is due ({@link System#nanoTime()})
	 * @param finishesAt when it is finished ({@link System#nanoTime()})
	 * @param bytes its size, counted against the store's bound
	 */
	StoredResponse(ResponseObject finished, List<ObjectNode> input, long startsAt, long finishesAt, long bytes) {
		this.finished = finished;
		this.input = List.copyOf(input);
		this.startsAt = startsAt;
		this.finishesAt = finishesAt;
		this.bytes = bytes;
	}

	@Override
	public String id() {
		return this.finished.id();
	}

	/**
	 * The response as it is at a time.
	 * @param now {@link System#nanoTime()}
	 * @return the response
	 */
	ResponseObject at(long now) {
		ResponseObject cancelled = this.cancelled;
		if (cancelled != null) {
			return cancelled;
		}
		if (now - this.finishesAt >= 0) {
			return this.finished;
		}
		boolean queued = this.finished.background() && now - this.startsAt < 0;
		return this.finished.pending(queued ? ResponseObject.QUEUED : ResponseObject.IN_PROGRESS);
	}

	/**
	 * Whether it has reached its end (finished or cancelled) at a time.
	 * @param now {@link System#nanoTime()}
	 * @return {@code true} once it has
	 */
	boolean done(long now) {
		return this.cancelled != null || now - this.finishesAt >= 0;
	}

	/**
	 * Cancels it, unless it is done already.
	 * @param now {@link System#nanoTime()}
	 * @return the response as it is after
	 */
	synchronized ResponseObject cancel(long now) {
		if (!done(now)) {
			this.cancelled = this.finished.cancelled();
		}
		return at(now);
	}

	ResponseObject finished() {
		return this.finished;
	}

	List<ObjectNode> input() {
		return this.input;
	}

	@Override
	public long bytes() {
		return this.bytes;
	}

}
