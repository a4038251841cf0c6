package dev.fakeai.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A reusable buffer a frame is made in before it goes to the response, so that a source
 * that fails half way writes nothing; shrinks back after an unusually large frame.
 */
final class FrameBuffer extends ByteArrayOutputStream {

	private static final int USUAL = 1024;

	private static final int LARGEST_KEPT = 64 * 1024;

	FrameBuffer() {
		super(USUAL);
	}

	@Override
	public synchronized void reset() {
		super.reset();
		if (this.buf.length > LARGEST_KEPT) {
			this.buf = new byte[USUAL];
		}
	}

	@Override
	public synchronized void writeTo(OutputStream out) throws IOException {
		out.write(this.buf, 0, this.count);
	}

}
