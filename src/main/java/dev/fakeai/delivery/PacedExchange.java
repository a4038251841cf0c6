package dev.fakeai.delivery;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One response on the pacer, written without blocking. It is either on the pacer
 * ({@code RUNNING}) or parked until the container calls {@link #onWritePossible()}
 * ({@code PARKED}); {@code SIGNALLED} records a call that came while it was running, so
 * that a park racing with it is retried instead of lost.
 */
abstract class PacedExchange implements Pacer.Paced, WriteListener {

	private static final Logger logger = LoggerFactory.getLogger(PacedExchange.class);

	private static final int RUNNING = 0;

	private static final int PARKED = 1;

	private static final int SIGNALLED = 2;

	/** What {@link #step(long)} returns to wait for the client to read. */
	static final long PARK = -2;

	/** What {@link #step(long)} returns when everything is written. */
	static final long END = -3;

	private final Pacer pacer;

	private final AtomicInteger state = new AtomicInteger(RUNNING);

	private volatile boolean cancelled;

	final AsyncContext context;

	final ServletOutputStream out;

	PacedExchange(Pacer pacer, AsyncContext context, ServletOutputStream out) {
		this.pacer = pacer;
		this.context = context;
		this.out = out;
	}

	/**
	 * Writes what is due, checking {@link ServletOutputStream#isReady()} before every
	 * write and flush.
	 * @param now {@link System#nanoTime()} at firing
	 * @return when it is due next, {@link #PARK} or {@link #END}
	 * @throws IOException when the client has gone
	 */
	abstract long step(long now) throws IOException;

	@Override
	public final long fire(long now) {
		if (this.cancelled) {
			return Pacer.DONE;
		}
		this.state.set(RUNNING);
		long next;
		try {
			next = step(now);
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("Response ended by the client", ex);
			next = END;
		}
		catch (RuntimeException ex) {
			logger.error("Could not write a delayed response; ending it", ex);
			next = END;
		}
		if (next == PARK) {
			return this.state.compareAndSet(RUNNING, PARKED) ? Pacer.DONE : now;
		}
		if (next == END) {
			cancel();
			complete(this.context);
			return Pacer.DONE;
		}
		return next;
	}

	@Override
	public final void onWritePossible() {
		while (true) {
			int current = this.state.get();
			if (current == PARKED && this.state.compareAndSet(PARKED, RUNNING)) {
				if (!this.cancelled) {
					this.pacer.add(this, System.nanoTime());
				}
				return;
			}
			if (current == SIGNALLED || (current == RUNNING && this.state.compareAndSet(RUNNING, SIGNALLED))) {
				return;
			}
		}
	}

	@Override
	public final void onError(Throwable failure) {
		logger.debug("Response ended by the client", failure);
		cancel();
		complete(this.context);
	}

	final void cancel() {
		this.cancelled = true;
	}

	/**
	 * Puts the exchange on the pacer: the container's end of it cancels it, the
	 * container's write readiness resumes it.
	 * @param delayNanos when it first fires
	 */
	final void start(long delayNanos) {
		this.context.addListener(new Cancel(this));
		this.out.setWriteListener(this);
		this.pacer.add(this, System.nanoTime() + delayNanos);
	}

	static void complete(AsyncContext context) {
		try {
			context.complete();
		}
		catch (IllegalStateException ex) {
			logger.trace("Async context already completed", ex);
		}
	}

	/** Cancels a response when the container ends the exchange early. */
	private record Cancel(PacedExchange target) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.target.cancel();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.target.cancel();
			complete(event.getAsyncContext());
		}

		@Override
		public void onError(AsyncEvent event) {
			this.target.cancel();
			complete(event.getAsyncContext());
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
