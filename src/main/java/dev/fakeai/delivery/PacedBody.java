package dev.fakeai.delivery;

import java.io.IOException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A response body written in chunks as they are made, without blocking: the first after a
 * delay, each next one a step later, with no length declared (so chunked), each chunk
 * flushed.
 */
final class PacedBody extends PacedExchange {

	private final HttpServletResponse response;

	private final String contentType;

	private final byte[] body;

	private final int chunkBytes;

	private final long stepNanos;

	private int offset;

	private boolean started;

	private boolean dirty;

	PacedBody(Pacer pacer, AsyncContext context, HttpServletResponse response, String contentType, byte[] body,
			int chunkBytes, long stepNanos) throws IOException {
		super(pacer, context, response.getOutputStream());
		this.response = response;
		this.contentType = contentType;
		this.body = body;
		this.chunkBytes = Math.max(1, chunkBytes);
		this.stepNanos = stepNanos;
	}

	@Override
	long step(long now) throws IOException {
		if (!this.out.isReady()) {
			return PARK;
		}
		if (this.dirty) {
			this.out.flush();
			this.dirty = false;
			if (this.offset >= this.body.length) {
				return this.out.isReady() ? END : PARK;
			}
			return now + this.stepNanos;
		}
		if (!this.started) {
			this.response.setStatus(HttpServletResponse.SC_OK);
			this.response.setContentType(this.contentType);
			this.started = true;
		}
		int length = Math.min(this.chunkBytes, this.body.length - this.offset);
		this.out.write(this.body, this.offset, length);
		this.offset += length;
		this.dirty = true;
		return this.out.isReady() ? now : PARK;
	}

}
