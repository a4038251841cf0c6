package dev.fakeai.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * What a stream sends: numbered SSE data payloads, each with the delay before it.
 * Payloads are made on demand, so a long stream holds its plan, not its frames.
 */
public interface ChunkSource {

	/**
	 * How many payloads the stream has, {@code [DONE]} not included.
	 * @return the count
	 */
	int size();

	/**
	 * The data of payload {@code index} (a JSON document).
	 * @param index from 0 to {@code size() - 1}
	 * @return the data line's content
	 */
	String data(int index);

	/**
	 * Writes the data of payload {@code index} as UTF-8; sources may override this to
	 * write without building a {@code String} per frame.
	 * @param index from 0 to {@code size() - 1}
	 * @param out where to write
	 * @throws IOException when the client has gone
	 */
	default void writeData(int index, OutputStream out) throws IOException {
		out.write(data(index).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The wait before payload {@code index} is sent.
	 * @param index from 0 to {@code size() - 1}
	 * @return nanoseconds, 0 for none
	 */
	long delayNanos(int index);

	/**
	 * The SSE event name of payload {@code index}, sent as an {@code event:} line before
	 * its data (the Responses API names every event; chat names none).
	 * @param index from 0 to {@code size() - 1}
	 * @return the name, or {@code null} for a data-only frame
	 */
	default @Nullable String event(int index) {
		return null;
	}

	/**
	 * Whether the stream ends with {@code data: [DONE]} (chat and legacy completions) or
	 * just closes after its last payload (the Responses API).
	 * @return {@code true} to send {@code [DONE]}
	 */
	default boolean doneMarker() {
		return true;
	}

}
