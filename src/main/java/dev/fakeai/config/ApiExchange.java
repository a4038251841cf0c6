package dev.fakeai.config;

import java.io.IOException;
import java.util.function.IntFunction;

import dev.fakeai.delivery.ChunkSource;
import dev.fakeai.errors.ApiError;
import dev.fakeai.delivery.Delivery;
import dev.fakeai.engine.CallContext;
import dev.fakeai.engine.LatencyOverride;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every API endpoint needs of the HTTP exchange besides its body, resolved once at
 * the web edge: the latency the request's headers ask for, whether OpenAI's parameter
 * rules apply, the body's size, and the ways to answer (JSON at once or after a delay, or
 * a stream), each stamped with OpenAI's headers, recorded in the journal, and altered by
 * an injected fault, so controllers only parse, generate and answer.
 */
public final class ApiExchange {

	private static final String JSON = "application/json";

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final CallContext call;

	private final JournalFilter.@Nullable Pending pending;

	private final Delivery delivery;

	private final JsonMapper mapper;

	private final boolean strict;

	private final FaultInjection faults;

	ApiExchange(HttpServletRequest request, HttpServletResponse response, LatencyOverride latency, Delivery delivery,
			JsonMapper mapper, boolean strict, FaultInjection faults, RateLimiter limits, InFlightBudget inFlight) {
		this.faults = faults;
		this.request = request;
		this.response = response;
		this.call = new CallContext(latency, request::getHeader);
		if (limits.enabled()) {
			this.call.admission(limits.admissionFor(request, response));
		}
		this.call.retention((tokens) -> inFlight.hold(request, tokens));
		this.pending = (JournalFilter.Pending) request.getAttribute(JournalFilter.PENDING_ATTRIBUTE);
		if (this.pending != null) {
			this.pending.call(this.call);
		}
		this.delivery = delivery;
		this.mapper = mapper;
		this.strict = strict;
	}

	/**
	 * The call as the engine takes it: the timing the request's {@code X-FakeAI-*}
	 * headers ask for, its headers, and what the engine notes of it for the journal.
	 * @return the call
	 */
	public CallContext call() {
		return this.call;
	}

	/**
	 * Whether OpenAI's parameter rules apply ({@code fakeai.compat.strict-parameters}).
	 * @return {@code true} when strict
	 */
	public boolean strict() {
		return this.strict;
	}

	/**
	 * The request's id, as its answer's {@code x-request-id} carries it.
	 * @return the id
	 */
	public String requestId() {
		return OpenAiHeaders.requestId(this.response);
	}

	/**
	 * The request body's declared size.
	 * @return bytes, or -1 when not declared
	 */
	public long bodyLength() {
		return this.request.getContentLengthLong();
	}

	/**
	 * The JSON mapper, for stream sources that write their frames.
	 * @return the mapper
	 */
	public JsonMapper mapper() {
		return this.mapper;
	}

	/**
	 * Answers with a JSON body: at once, or after a delay.
	 * @param body the body
	 * @param delayNanos the delay, 0 for none
	 * @throws IOException when the response cannot be written
	 */
	public void json(Object body, long delayNanos) throws IOException {
		json(this.mapper.writeValueAsBytes(body), delayNanos);
	}

	/**
	 * Answers with JSON already written: at once, or after a delay.
	 * @param body the body's bytes
	 * @param delayNanos the delay, 0 for none
	 * @throws IOException when the response cannot be written
	 */
	public void json(byte[] body, long delayNanos) throws IOException {
		body(body, JSON, delayNanos);
	}

	/**
	 * Answers with a body made in chunks (speech): each chunk sent as it would be made,
	 * the first after a delay, without a declared length. Faults apply as they do to a
	 * whole body.
	 * @param body the body's bytes
	 * @param contentType its media type
	 * @param chunkBytes the bytes of each chunk
	 * @param firstNanos the wait before the first chunk
	 * @param stepNanos the wait between chunks
	 * @throws IOException when the response cannot be written
	 */
	public void chunked(byte[] body, String contentType, int chunkBytes, long firstNanos, long stepNanos)
			throws IOException {
		long extra = applyFault(body);
		if (extra < 0) {
			return;
		}
		long first = firstNanos + extra;
		long chunks = Math.max(1, (body.length + (long) chunkBytes - 1) / chunkBytes);
		if (this.pending != null) {
			this.pending.complete(HttpServletResponse.SC_OK, body, first + stepNanos * (chunks - 1));
		}
		OpenAiHeaders.stampProcessing(this.request, this.response, first);
		this.delivery.sendPaced(this.request, this.response, contentType, body, chunkBytes, first, stepNanos);
	}

	/**
	 * Answers with a body of another media type (audio, for instance): at once, or after
	 * a delay, as {@link #json(byte[], long)} answers.
	 * @param body the body's bytes
	 * @param contentType its media type
	 * @param delayNanos the delay, 0 for none
	 * @throws IOException when the response cannot be written
	 */
	public void body(byte[] body, String contentType, long delayNanos) throws IOException {
		long extra = applyFault(body);
		if (extra < 0) {
			return;
		}
		long delay = delayNanos + extra;
		if (this.pending != null) {
			this.pending.complete(HttpServletResponse.SC_OK, body, delay);
		}
		OpenAiHeaders.stampProcessing(this.request, this.response, delay);
		this.delivery.send(this.request, this.response, delay, contentType, body);
	}

	/**
	 * The call's fault, if any, on a whole body: an error answered instead, or the
	 * connection cut after part of the body (both answer the call), or a slow start.
	 * @param body the body that would be sent
	 * @return -1 when the fault answered the call, else the extra wait before the body
	 * @throws IOException when the fault's answer cannot be written
	 */
	private long applyFault(byte[] body) throws IOException {
		Fault fault = this.faults.decide(this.request, this.call);
		if (fault == null) {
			return 0;
		}
		if (this.faults.replaceAnswer((fault == Fault.STREAM_ERROR) ? Fault.SERVER_ERROR : fault, this.request,
				this.response, this.call, this.pending)) {
			return -1;
		}
		if (fault == Fault.STREAM_CUT) {
			if (this.pending != null) {
				this.pending.complete(0, null, 0);
			}
			FaultInjection.cutOff(this.request, this.response, body);
			return -1;
		}
		return (fault == Fault.SLOW) ? this.faults.slowDelayNanos(this.request) : 0;
	}

	/**
	 * Answers with a stream of server-sent events whose frame in place of one that cannot
	 * be made is OpenAI's error envelope in a data frame (what openai-java and
	 * openai-python raise as an API error).
	 * @param source the frames and their delays
	 * @throws IOException when the response cannot be written
	 */
	public void stream(ChunkSource source) throws IOException {
		String failure = "data: " + this.mapper.writeValueAsString(
				ApiError.of("The server had an error while processing your request.", "server_error", null, null))
				+ "\n\n";
		stream(source, (failed) -> failure);
	}

	/**
	 * Answers with a stream of server-sent events.
	 * @param source the frames and their delays
	 * @param failureFrames the frames sent in place of frame {@code i} if it cannot be
	 * made
	 * @throws IOException when the response cannot be written
	 */
	public void stream(ChunkSource source, IntFunction<String> failureFrames) throws IOException {
		ChunkSource sent = source;
		Fault fault = this.faults.decide(this.request, this.call);
		if (fault != null) {
			if (this.faults.replaceAnswer(fault, this.request, this.response, this.call, this.pending)) {
				return;
			}
			sent = this.faults.inStream(fault, source, this.request, this.response);
		}
		OpenAiHeaders.stampProcessing(this.request, this.response, (sent.size() > 0) ? sent.delayNanos(0) : 0);
		this.delivery.stream(this.request, this.response,
				(this.pending != null) ? this.pending.recordingBeforeLastFrame(sent) : sent, failureFrames);
	}

}
