package dev.fakeai.delivery;

/**
 * A failure a {@link ChunkSource} raises on purpose (an injected fault): the stream ends
 * with its API's failure frames, or, for a cut, with no further byte at all.
 */
public final class StreamFault extends RuntimeException {

	private final boolean cut;

	private StreamFault(boolean cut) {
		super(cut ? "stream cut by an injected fault" : "stream error injected", null, false, false);
		this.cut = cut;
	}

	/**
	 * The stream ends with its failure frames.
	 * @return the fault
	 */
	public static StreamFault error() {
		return new StreamFault(false);
	}

	/**
	 * The stream ends without another byte; the connection is expected to be closed
	 * already.
	 * @return the fault
	 */
	public static StreamFault cut() {
		return new StreamFault(true);
	}

	boolean isCut() {
		return this.cut;
	}

}
