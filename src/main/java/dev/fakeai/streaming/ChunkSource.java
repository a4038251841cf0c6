package dev.fakeai.streaming;

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
	 * The wait before payload {@code index} is sent.
	 * @param index from 0 to {@code size() - 1}
	 * @return nanoseconds, 0 for none
	 */
	long delayNanos(int index);

}
