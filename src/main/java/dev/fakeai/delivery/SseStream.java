package dev.fakeai.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream of server-sent events on the pacer: each frame when its delay has passed, as
 * {@code data: {json}} (after an {@code event:} line where the source names one), and
 * {@code data: [DONE]} at the end where the source's API sends it. Consecutive frames due
 * together go out before one flush. A frame that cannot be made is replaced by the API's
 * failure frames, which end the stream.
 */
final class SseStream extends PacedExchange {

	private static final Logger logger = LoggerFactory.getLogger(SseStream.class);

	private static final byte[] DATA_PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EVENT_PREFIX = "event: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] LINE_END = "\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FRAME_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DONE_DATA = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	/**
	 * One reusable frame buffer per pacer lane: frames cost no allocation of their own.
	 */
	private static final ThreadLocal<FrameBuffer> FRAME = ThreadLocal.withInitial(FrameBuffer::new);

	private final ChunkSource source;

	private final IntFunction<String> failureFrames;

	/**
	 * The frame written next; {@code size()} is {@code [DONE]}, past it all is written.
	 */
	private int next;

	/** Whether the delay before frame {@link #next} has passed. */
	private boolean waited = true;

	/** Whether frames were written since the last flush. */
	private boolean dirty;

	SseStream(Pacer pacer, AsyncContext context, ServletOutputStream out, ChunkSource source,
			IntFunction<String> failureFrames) {
		super(pacer, context, out);
		this.source = source;
		this.failureFrames = failureFrames;
	}

	/**
	 * Writes the frame that is due and every following one without a delay, flushes, and
	 * returns when the next one is due.
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
	 * Writes frame {@code index} in one write; the source makes the data into a buffer
	 * first, so a frame that cannot be made is replaced by the failure frames, which end
	 * the stream.
	 */
	private void writeFrame(int index, int size) throws IOException {
		FrameBuffer buffer = FRAME.get();
		buffer.reset();
		if (index == size) {
			if (this.source.doneMarker()) {
				buffer.write(DATA_PREFIX);
				buffer.write(DONE_DATA);
				buffer.write(FRAME_END);
			}
			this.next = size + 1;
			buffer.writeTo(this.out);
			return;
		}
		try {
			String event = this.source.event(index);
			if (event != null) {
				buffer.write(EVENT_PREFIX);
				buffer.write(event.getBytes(StandardCharsets.UTF_8));
				buffer.write(LINE_END);
			}
			buffer.write(DATA_PREFIX);
			this.source.writeData(index, buffer);
			this.next = index + 1;
		}
		catch (StreamFault fault) {
			if (fault.isCut()) {
				throw new IOException(fault.getMessage());
			}
			logger.debug("Injected stream error at frame {}", index);
			buffer.reset();
			buffer.write(this.failureFrames.apply(index).getBytes(StandardCharsets.UTF_8));
			this.next = size + 1;
			buffer.writeTo(this.out);
			return;
		}
		catch (RuntimeException ex) {
			logger.error("Could not make stream frame {}; ending the stream with an error", index, ex);
			buffer.reset();
			buffer.write(this.failureFrames.apply(index).getBytes(StandardCharsets.UTF_8));
			this.next = size + 1;
			buffer.writeTo(this.out);
			return;
		}
		buffer.write(FRAME_END);
		buffer.writeTo(this.out);
	}

}
