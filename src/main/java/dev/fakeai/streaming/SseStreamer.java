package dev.fakeai.streaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes delayed responses on the servlet's async support, and is the only code that
 * knows SSE framing ({@code data: {json}} frames, then {@code data: [DONE]}). A delay
 * never holds a thread: each response is an item on the shared {@link Pacer}, fired when
 * its next frame is due, so thousands of slow streams cost memory, not threads. Writes
 * are non-blocking (Servlet {@link WriteListener}): a client that stays connected but
 * stops reading parks its own response until the container says it can be written again,
 * and holds up no other. A client that goes away (a failed write, or the container's
 * error or timeout) cancels what is left.
 */
public class SseStreamer {

	private static final Logger logger = LoggerFactory.getLogger(SseStreamer.class);

	private static final byte[] DATA_PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FRAME_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DONE_DATA = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	/**
	 * One reusable frame buffer per pacer lane: frames cost no allocation of their own.
	 */
	private static final ThreadLocal<FrameBuffer> FRAME = ThreadLocal.withInitial(FrameBuffer::new);

	private final Pacer pacer;

	private final Duration timeout;

	public SseStreamer(Pacer pacer, Duration timeout) {
		this.pacer = pacer;
		this.timeout = timeout;
	}

	/**
	 * Streams a source as server-sent events.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param source the payloads and their delays
	 * @param errorFrame the payload sent if a frame cannot be made once the stream began
	 * @throws IOException when the response cannot be written at all
	 */
	public void stream(HttpServletRequest request, HttpServletResponse response, ChunkSource source,
			Supplier<String> errorFrame) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream;charset=UTF-8");
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Accel-Buffering", "no");
		long first = (source.size() > 0) ? source.delayNanos(0) : 0;
		AsyncContext context = startAsync(request);
		schedule(new Stream(this.pacer, context, response.getOutputStream(), source, errorFrame), first);
	}

	/**
	 * Sends a complete body after a delay.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param delayNanos the delay
	 * @param contentType the body's content type
	 * @param body the body
	 * @throws IOException when the response cannot be written at all
	 */
	public void sendLater(HttpServletRequest request, HttpServletResponse response, long delayNanos, String contentType,
			byte[] body) throws IOException {
		AsyncContext context = startAsync(request);
		schedule(new Later(this.pacer, context, response, contentType, body), delayNanos);
	}

	private AsyncContext startAsync(HttpServletRequest request) {
		AsyncContext context = request.isAsyncStarted() ? request.getAsyncContext() : request.startAsync();
		context.setTimeout(this.timeout.toMillis());
		return context;
	}

	private void schedule(Exchange exchange, long delayNanos) {
		exchange.context.addListener(new Cancel(exchange));
		exchange.out.setWriteListener(exchange);
		this.pacer.add(exchange, System.nanoTime() + delayNanos);
	}

	private static void complete(AsyncContext context) {
		try {
			context.complete();
		}
		catch (IllegalStateException ex) {
			logger.trace("Async context already completed", ex);
		}
	}

	/**
	 * One response on the pacer, written without blocking. It is either on the pacer
	 * ({@code RUNNING}) or parked until the container calls {@link #onWritePossible()}
	 * ({@code PARKED}); {@code SIGNALLED} records a call that came while it was running,
	 * so that a park racing with it is retried instead of lost.
	 */
	private abstract static class Exchange implements Pacer.Paced, WriteListener {

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

		Exchange(Pacer pacer, AsyncContext context, ServletOutputStream out) {
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

	}

	private static final class Later extends Exchange {

		private final HttpServletResponse response;

		private final String contentType;

		private final byte[] body;

		private boolean written;

		private boolean flushed;

		Later(Pacer pacer, AsyncContext context, HttpServletResponse response, String contentType, byte[] body)
				throws IOException {
			super(pacer, context, response.getOutputStream());
			this.response = response;
			this.contentType = contentType;
			this.body = body;
		}

		@Override
		long step(long now) throws IOException {
			while (!this.flushed) {
				if (!this.out.isReady()) {
					return PARK;
				}
				if (!this.written) {
					this.response.setStatus(HttpServletResponse.SC_OK);
					this.response.setContentType(this.contentType);
					this.response.setContentLength(this.body.length);
					this.out.write(this.body);
					this.written = true;
				}
				else {
					this.out.flush();
					this.flushed = true;
				}
			}
			return this.out.isReady() ? END : PARK;
		}

	}

	private static final class Stream extends Exchange {

		private final ChunkSource source;

		private final Supplier<String> errorFrame;

		/**
		 * The frame written next; {@code size()} is {@code [DONE]}, past it all is
		 * written.
		 */
		private int next;

		/** Whether the delay before frame {@link #next} has passed. */
		private boolean waited = true;

		/** Whether frames were written since the last flush. */
		private boolean dirty;

		Stream(Pacer pacer, AsyncContext context, ServletOutputStream out, ChunkSource source,
				Supplier<String> errorFrame) {
			super(pacer, context, out);
			this.source = source;
			this.errorFrame = errorFrame;
		}

		/**
		 * Writes the frame that is due and every following one without a delay, flushes,
		 * and returns when the next one is due.
		 */
		@Override
		long step(long now) throws IOException {
			int size = this.source.size();
			while (true) {
				boolean frameDue = this.next <= size && (this.waited || delayBefore(this.next, size) == 0);
				if (!frameDue && !this.dirty) {
					if (this.next > size) {
						return this.out.isReady() ? END : PARK;
					}
					this.waited = true;
					return now + delayBefore(this.next, size);
				}
				if (!this.out.isReady()) {
					return PARK;
				}
				if (frameDue) {
					writeFrame(this.next, size);
					this.waited = false;
					this.dirty = true;
				}
				else {
					this.out.flush();
					this.dirty = false;
				}
			}
		}

		private long delayBefore(int index, int size) {
			return (index < size) ? this.source.delayNanos(index) : 0;
		}

		/**
		 * Writes frame {@code index} in one write; the source makes the data into a
		 * buffer first, so a frame that cannot be made is replaced by the error frame,
		 * which ends the stream.
		 */
		private void writeFrame(int index, int size) throws IOException {
			FrameBuffer buffer = FRAME.get();
			buffer.reset();
			buffer.write(DATA_PREFIX);
			if (index == size) {
				buffer.write(DONE_DATA);
				this.next = size + 1;
			}
			else {
				try {
					this.source.writeData(index, buffer);
					this.next = index + 1;
				}
				catch (RuntimeException ex) {
					logger.error("Could not make stream frame {}; ending the stream with an error frame", index, ex);
					buffer.reset();
					buffer.write(DATA_PREFIX);
					buffer.write(this.errorFrame.get().getBytes(StandardCharsets.UTF_8));
					this.next = size + 1;
				}
			}
			buffer.write(FRAME_END);
			buffer.writeTo(this.out);
		}

	}

	/** Cancels a response when the container ends the exchange early. */
	private record Cancel(Exchange target) implements AsyncListener {

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
