package dev.fakeai.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.function.IntFunction;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Delivers answers over time, for every API: a whole body after its delay, or a stream of
 * server-sent events on their schedule. Nothing waits on a thread: each response is an
 * item on the shared {@link Pacer}, fired when its next write is due, and writes are
 * non-blocking ({@link PacedExchange}), so a client that stops reading parks only its own
 * response. A client that goes away cancels what is left.
 */
public class Delivery {

	private final Pacer pacer;

	private final Duration timeout;

	public Delivery(Pacer pacer, Duration timeout) {
		this.pacer = pacer;
		this.timeout = timeout;
	}

	/**
	 * Streams a source as server-sent events.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param source the payloads and their delays
	 * @param failureFrames the complete SSE frames (blank line included) sent in place of
	 * frame {@code i} if it cannot be made once the stream began; they end the stream
	 * @throws IOException when the response cannot be written at all
	 */
	public void stream(HttpServletRequest request, HttpServletResponse response, ChunkSource source,
			IntFunction<String> failureFrames) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream;charset=utf-8");
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Accel-Buffering", "no");
		long first = (source.size() > 0) ? source.delayNanos(0) : 0;
		new SseStream(this.pacer, startAsync(request), response.getOutputStream(), source, failureFrames).start(first);
	}

	/**
	 * Sends a complete body: at once when there is no delay, else after it.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param delayNanos the delay, 0 for none
	 * @param contentType the body's content type
	 * @param body the body
	 * @throws IOException when the response cannot be written at all
	 */
	public void send(HttpServletRequest request, HttpServletResponse response, long delayNanos, String contentType,
			byte[] body) throws IOException {
		if (delayNanos > 0) {
			sendLater(request, response, delayNanos, contentType, body);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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
		new DelayedBody(this.pacer, startAsync(request), response, contentType, body).start(delayNanos);
	}

	/**
	 * Sends a body in chunks as they are made: the first after a delay, each next one a
	 * step later, with no declared length (chunked transfer).
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param contentType the body's content type
	 * @param body the body
	 * @param chunkBytes the bytes of each chunk
	 * @param firstNanos the wait before the first chunk
	 * @param stepNanos the wait between chunks
	 * @throws IOException when the response cannot be written at all
	 */
	public void sendPaced(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body,
			int chunkBytes, long firstNanos, long stepNanos) throws IOException {
		new PacedBody(this.pacer, startAsync(request), response, contentType, body, chunkBytes, stepNanos)
			.start(firstNanos);
	}

	private AsyncContext startAsync(HttpServletRequest request) {
		AsyncContext context = request.isAsyncStarted() ? request.getAsyncContext() : request.startAsync();
		context.setTimeout(this.timeout.toMillis());
		return context;
	}

}
