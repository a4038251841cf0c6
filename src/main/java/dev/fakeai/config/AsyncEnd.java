package dev.fakeai.config;

import java.util.function.Consumer;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/**
 * Runs something when an asynchronous answer ends: however it ends, or only when it times
 * out.
 */
final class AsyncEnd implements AsyncListener {

	private final Consumer<AsyncEvent> onEnd;

	private final boolean onlyTimeout;

	private AsyncEnd(Consumer<AsyncEvent> onEnd, boolean onlyTimeout) {
		this.onEnd = onEnd;
		this.onlyTimeout = onlyTimeout;
	}

	/**
	 * A listener that runs when the answer completes, fails or times out.
	 * @param action what to run
	 * @return the listener
	 */
	static AsyncEnd whenEnded(Runnable action) {
		return new AsyncEnd((event) -> action.run(), false);
	}

	/**
	 * A listener that runs only when the answer times out.
	 * @param action what to run, given the event
	 * @return the listener
	 */
	static AsyncEnd whenTimedOut(Consumer<AsyncEvent> action) {
		return new AsyncEnd(action, true);
	}

	@Override
	public void onComplete(AsyncEvent event) {
		if (!this.onlyTimeout) {
			this.onEnd.accept(event);
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		this.onEnd.accept(event);
	}

	@Override
	public void onError(AsyncEvent event) {
		if (!this.onlyTimeout) {
			this.onEnd.accept(event);
		}
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

}
