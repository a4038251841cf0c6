package dev.fakeai.delivery;

import java.io.IOException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A whole response body written when its delay has passed, without blocking.
 */
final class DelayedBody extends PacedExchange {

	private final HttpServletResponse response;

	private final String contentType;

	private final byte[] body;

	private boolean written;

	private boolean flushed;

	DelayedBody(Pacer pacer, AsyncContext context, HttpServletResponse response, String contentType, byte[] body)
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
