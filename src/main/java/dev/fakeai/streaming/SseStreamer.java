package dev.fakeai.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes delayed responses on the servlet's async support, and is the only code that
 * knows SSE framing ({@code data: {json}} frames, then {@code data: [DONE]}). A delay
 * never holds a thread: each response is an item on the shared {@link Pacer}, fired when
 * its next frame is due, so thousands of slow streams cost memory, not threads. A client
 * that goes away (a failed write, or the container's error or timeout) cancels what is
 * left.
 */
public class SseStreamer {

	private static final Logger logger = LoggerFactory.getLogger(SseStreamer.class);

	private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final String DONE = "[DONE]";

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
	 */
	public void stream(HttpServletRequest request, HttpServletResponse response, ChunkSource source,
			Supplier<String> errorFrame) {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream;charset=UTF-8");
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Accel-Buffering", "no");
		AsyncContext context = start(request);
		Stream stream = new Stream(context, response, source, errorFrame);
		context.addListener(new Cancel(stream));
		long first = (source.size() > 0) ? source.delayNanos(0) : 0;
		this.pacer.add(stream, System.nanoTime() + first);
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
		Later later = new Later(context, response, contentType, body);
		context.addListener(new Cancel(later));
		this.pacer.add(later, System.nanoTime() + delayNanos);
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

	/** Something the container may end early. */
	private abstract static class Cancellable implements Pacer.Paced {

		volatile boolean cancelled;

		void cancel() {
			this.cancelled = true;
		}

	}

	private static final class Later extends Cancellable {

		private final AsyncContext context;

		private final HttpServletResponse response;

		private final String contentType;

		private final byte[] body;

		Later(AsyncContext context, HttpServletResponse response, String contentType, byte[] body) {
			this.context = context;
			this.response = response;
			this.contentType = contentType;
			this.body = body;
		}

		@Override
		public long fire(long now) {
			if (this.cancelled) {
				return Pacer.DONE;
			}
			try {
				this.response.setStatus(HttpServletResponse.SC_OK);
				this.response.setContentType(this.contentType);
				this.response.setContentLength(this.body.length);
				this.response.getOutputStream().write(this.body);
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("Client went away before its delayed response", ex);
			}
			complete(this.context);
			return Pacer.DONE;
		}

	}

	private static final class Stream extends Cancellable {

		private final AsyncContext context;

		private final HttpServletResponse response;

		private final ChunkSource source;

		private final Supplier<String> errorFrame;

		private int next;

		Stream(AsyncContext context, HttpServletResponse response, ChunkSource source, Supplier<String> errorFrame) {
			this.context = context;
			this.response = response;
			this.source = source;
			this.errorFrame = errorFrame;
		}

		/**
		 * Sends the frame that is due and every following one without a delay; returns
		 * when the next one is due.
		 */
		@Override
		public long fire(long now) {
			if (this.cancelled) {
				return Pacer.DONE;
			}
			try {
				OutputStream out = this.response.getOutputStream();
				while (this.next < this.source.size()) {
					if (!frame(out, this.next)) {
						frame(out, this.errorFrame.get());
						out.flush();
						return finish();
					}
					this.next++;
					long delay = (this.next < this.source.size()) ? this.source.delayNanos(this.next) : 0;
					if (delay > 0) {
						out.flush();
						return now + delay;
					}
				}
				frame(out, DONE);
				out.flush();
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("Stream ended by the client", ex);
			}
			return finish();
		}

		/**
		 * Writes frame {@code index}; the source makes the data into a buffer first, so a
		 * frame that cannot be made fails before any of it is written.
		 */
		private boolean frame(OutputStream out, int index) throws IOException {
			FrameBuffer buffer = FRAME.get();
			buffer.reset();
			try {
				this.source.writeData(index, buffer);
			}
			catch (RuntimeException ex) {
				logger.error("Could not make stream frame {}; ending the stream with an error frame", index, ex);
				return false;
			}
			out.write(DATA);
			buffer.writeTo(out);
			out.write(END);
			return true;
		}

		private static void frame(OutputStream out, String data) throws IOException {
			out.write(DATA);
			out.write(data.getBytes(StandardCharsets.UTF_8));
			out.write(END);
		}

		private long finish() {
			cancel();
			complete(this.context);
			return Pacer.DONE;
		}

	}

	/** Cancels a response when the container ends the exchange early. */
	private record Cancel(Cancellable target) implements AsyncListener {

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
