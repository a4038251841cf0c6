package dev.fakeai.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes delayed responses on the servlet's async support, and is the only code that
 * knows SSE framing ({@code data: {json}} frames, then {@code data: [DONE]}). A delay
 * never holds a thread: each write is a task on one shared scheduler that schedules the
 * next, so thousands of slow streams cost memory, not threads. A client that goes away (a
 * failed write, or the container's error or timeout) cancels what is left.
 */
public class SseStreamer {

	private static final Logger logger = LoggerFactory.getLogger(SseStreamer.class);

	private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final String DONE = "[DONE]";

	private final ScheduledExecutorService scheduler;

	private final Duration timeout;

	public SseStreamer(ScheduledExecutorService scheduler, Duration timeout) {
		this.scheduler = scheduler;
		this.timeout = timeout;
	}

	/**
	 * Streams a source as server-sent events.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param source the payloads and their delays
	 * @param errorFrame the payload sent if a frame cannot be made once the stream began
	 */
	public void stream(HttpServletRequest request, HttpServletResponse response, ChunkSource source,
			Supplier<String> errorFrame) {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream;charset=UTF-8");
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Accel-Buffering", "no");
		Stream stream = new Stream(start(request), response, source, errorFrame);
		stream.begin();
	}

	/**
	 * Sends a complete body after a delay.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param delayNanos the delay
	 * @param contentType the body's content type
	 * @param body the body
	 */
	public void sendLater(HttpServletRequest request, HttpServletResponse response, long delayNanos, String contentType,
			byte[] body) {
		AsyncContext context = start(request);
		AtomicBoolean done = new AtomicBoolean();
		ScheduledFuture<?> task = this.scheduler.schedule(() -> {
			if (done.compareAndSet(false, true)) {
				try {
					response.setStatus(HttpServletResponse.SC_OK);
					response.setContentType(contentType);
					response.setContentLength(body.length);
					response.getOutputStream().write(body);
				}
				catch (IOException | IllegalStateException ex) {
					logger.debug("Client went away before its delayed response", ex);
				}
				finally {
					complete(context);
				}
			}
		}, delayNanos, TimeUnit.NANOSECONDS);
		context.addListener(new Cancel(() -> {
			done.set(true);
			task.cancel(false);
		}));
	}

	private AsyncContext start(HttpServletRequest request) {
		AsyncContext context = request.isAsyncStarted() ? request.getAsyncContext() : request.startAsync();
		context.setTimeout(this.timeout.toMillis());
		return context;
	}

	private static void complete(AsyncContext context) {
		try {
			context.complete();
		}
		catch (IllegalStateException ex) {
			logger.trace("Async context already completed", ex);
		}
	}

	private final class Stream {

		private final AsyncContext context;

		private final HttpServletResponse response;

		private final ChunkSource source;

		private final Supplier<String> errorFrame;

		private final AtomicBoolean cancelled = new AtomicBoolean();

		private volatile @Nullable ScheduledFuture<?> pending;

		Stream(AsyncContext context, HttpServletResponse response, ChunkSource source, Supplier<String> errorFrame) {
			this.context = context;
			this.response = response;
			this.source = source;
			this.errorFrame = errorFrame;
		}

		void begin() {
			this.context.addListener(new Cancel(this::cancel));
			long delay = (this.source.size() > 0) ? this.source.delayNanos(0) : 0;
			schedule(0, delay);
		}

		private void schedule(int index, long delay) {
			this.pending = SseStreamer.this.scheduler.schedule(() -> step(index), delay, TimeUnit.NANOSECONDS);
		}

		void cancel() {
			this.cancelled.set(true);
			ScheduledFuture<?> task = this.pending;
			if (task != null) {
				task.cancel(false);
			}
		}

		/**
		 * Sends payload {@code index}, which is due now, and every following one without
		 * a delay, then schedules the next one that has a delay.
		 */
		private void step(int index) {
			int next = index;
			try {
				OutputStream out = this.response.getOutputStream();
				while (!this.cancelled.get()) {
					if (next == this.source.size()) {
						frame(out, DONE);
						out.flush();
						finish();
						return;
					}
					String data = data(next);
					if (data == null) {
						frame(out, this.errorFrame.get());
						out.flush();
						finish();
						return;
					}
					frame(out, data);
					next++;
					long delay = (next < this.source.size()) ? this.source.delayNanos(next) : 0;
					if (delay > 0) {
						out.flush();
						schedule(next, delay);
						return;
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("Stream ended by the client", ex);
				finish();
			}
		}

		private @Nullable String data(int index) {
			try {
				return this.source.data(index);
			}
			catch (RuntimeException ex) {
				logger.error("Could not make stream frame {}; ending the stream with an error frame", index, ex);
				return null;
			}
		}

		private void frame(OutputStream out, String data) throws IOException {
			out.write(DATA);
			out.write(data.getBytes(StandardCharsets.UTF_8));
			out.write(END);
		}

		private void finish() {
			cancel();
			complete(this.context);
		}

	}

	/** Runs a cancellation when the container ends the exchange early. */
	private record Cancel(Runnable action) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.action.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.action.run();
			complete(event.getAsyncContext());
		}

		@Override
		public void onError(AsyncEvent event) {
			this.action.run();
			complete(event.getAsyncContext());
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
