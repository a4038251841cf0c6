package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

/**
 * One API call as the engine sees it beyond its request: the timing its headers ask for,
 * its headers (for fixtures that match on one), and what the engine notes of it for the
 * request journal: the model it resolved, the fixture that answered, and the replies.
 */
public final class CallContext {

	private final LatencyOverride latency;

	private final Function<String, @Nullable String> headers;

	private volatile @Nullable String resolvedModel;

	private volatile @Nullable String fixture;

	private volatile @Nullable String api;

	private volatile @Nullable String fault;

	private final List<Reply> replies = new ArrayList<>(1);

	private volatile Admission admission = (model, tokens, countsRequest) -> {
	};

	private volatile boolean admitted;

	private volatile IntConsumer retention = (tokens) -> {
	};

	/**
	 * Decides whether a call may use a model now (rate limits), and refuses with an
	 * exception when it may not.
	 */
	@FunctionalInterface
	public interface Admission {

		/**
		 * Admits work, or throws.
		 * @param model the catalog model
		 * @param tokens the tokens it counts against limits (prompt plus requested
		 * output)
		 * @param countsRequest whether it is the call's first, which counts as a request
		 */
		void admit(String model, int tokens, boolean countsRequest);

	}

	/**
	 * A call with headers.
	 * @param latency the timing the headers ask for
	 * @param headers a header's value by name (case-insensitive), {@code null} when
	 * absent
	 */
	public CallContext(LatencyOverride latency, Function<String, @Nullable String> headers) {
		this.latency = latency;
		this.headers = headers;
	}

	/**
	 * A call without headers, as from code.
	 * @param latency the timing asked for
	 * @return the call
	 */
	public static CallContext of(LatencyOverride latency) {
		return new CallContext(latency, (name) -> null);
	}

	public LatencyOverride latency() {
		return this.latency;
	}

	/**
	 * A request header.
	 * @param name its name, in any case
	 * @return its value, or {@code null}
	 */
	public @Nullable String header(String name) {
		return this.headers.apply(name);
	}

	/**
	 * Sets what decides admission (the web edge's rate limits).
	 * @param admission the admission
	 */
	public void admission(Admission admission) {
		this.admission = admission;
	}

	/**
	 * Counts work against the call's limits; the first work of a call also counts as a
	 * request.
	 * @param model the catalog model
	 * @param tokens the tokens it counts
	 */
	public void admit(String model, int tokens) {
		boolean first = !this.admitted;
		this.admitted = true;
		this.admission.admit(model, tokens, first);
	}

	/**
	 * Sets what holds generated output against the server's in-flight budget (the web
	 * edge's), which refuses past it by throwing.
	 * @param retention the retention
	 */
	public void retention(IntConsumer retention) {
		this.retention = retention;
	}

	/**
	 * What one held token costs on the heap, roughly (its text, bytes and object): the
	 * unit of the in-flight budget, in which output held as bytes (images) is counted
	 * too.
	 */
	public static final int HELD_BYTES_PER_TOKEN = 160;

	/**
	 * Holds generated output given in bytes (images) until the answer is sent, counted in
	 * the in-flight budget's tokens.
	 * @param bytes bytes more to hold, or fewer (negative)
	 * @return the tokens held for them
	 */
	public int retainBytes(long bytes) {
		long tokens = Math.floorDiv(bytes + HELD_BYTES_PER_TOKEN - 1, HELD_BYTES_PER_TOKEN);
		int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, tokens));
		retain(clamped);
		return clamped;
	}

	/**
	 * Holds generated output until the answer is sent: an estimate before generating,
	 * then the correction to what the reply holds.
	 * @param tokens tokens more to hold (checked against the budget), or fewer (negative)
	 */
	public void retain(int tokens) {
		this.retention.accept(tokens);
	}

	/**
	 * The catalog id of the model that answered, once resolved.
	 * @return the id, or {@code null} before resolution (or when it failed)
	 */
	public @Nullable String resolvedModel() {
		return this.resolvedModel;
	}

	/**
	 * The fixture that answered, if one did.
	 * @return its name, or {@code null}
	 */
	public @Nullable String fixture() {
		return this.fixture;
	}

	/**
	 * The replies generated for this call (one per prompt), in order.
	 * @return a copy
	 */
	public List<Reply> replies() {
		synchronized (this.replies) {
			return List.copyOf(this.replies);
		}
	}

	/**
	 * The API the engine served, once known.
	 * @return e.g. {@code chat}, or {@code null}
	 */
	public @Nullable String api() {
		return this.api;
	}

	/**
	 * The fault a fixture asks the web edge to inject.
	 * @return its name, or {@code null}
	 */
	public @Nullable String fault() {
		return this.fault;
	}

	void noteApi(String name) {
		this.api = name;
	}

	void noteFault(@Nullable String name) {
		this.fault = name;
	}

	void noteModel(String id) {
		this.resolvedModel = id;
	}

	void noteFixture(String name) {
		this.fixture = name;
	}

	void noteReply(Reply reply) {
		synchronized (this.replies) {
			this.replies.add(reply);
		}
	}

}
