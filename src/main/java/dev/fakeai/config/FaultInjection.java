package dev.fakeai.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import dev.fakeai.delivery.ChunkSource;
import dev.fakeai.delivery.ForwardingChunkSource;
import dev.fakeai.delivery.StreamFault;
import dev.fakeai.engine.CallContext;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.ModelGlob;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Injects failures into answers, each as OpenAI or its load balancer presents it: asked
 * for per request ({@code X-FakeAI-Fault}), by a fixture, or by a configured rule (by
 * probability or every Nth request, for some models and endpoints, from a seed so a run
 * repeats). A fault takes effect when the answer would be written, so the request is
 * parsed, checked and generated (and journaled) as without it.
 */
final class FaultInjection {

	/** The header that asks for a fault. */
	static final String HEADER = "X-FakeAI-Fault";

	/** The header that sets a {@code slow} fault's delay. */
	static final String DELAY_HEADER = "X-FakeAI-Fault-Delay-Ms";

	private static final double MAX_DELAY_MS = 600_000;

	/** The requests-per-minute limit an injected 429 reports. */
	private static final int INJECTED_LIMIT = 60;

	private final List<Rule> rules = new ArrayList<>();

	private final long timeoutMaxMillis;

	private final long slowDelayNanos;

	private final String organization;

	FaultInjection(FakeAiProperties properties) {
		FakeAiProperties.Faults faults = properties.faults();
		for (int i = 0; i < faults.rules().size(); i++) {
			this.rules.add(new Rule(faults.rules().get(i), i, faults.seed()));
		}
		this.timeoutMaxMillis = faults.timeoutMax().toMillis();
		this.slowDelayNanos = faults.slowDelay().toNanos();
		this.organization = properties.http().organization();
	}

	/**
	 * The fault for a call: the header's, else a fixture's, else the first rule that
	 * fires.
	 * @param request the request
	 * @param call the call, as the engine noted it
	 * @return the fault, or {@code null}
	 */
	@Nullable Fault decide(HttpServletRequest request, CallContext call) {
		String asked = request.getHeader(HEADER);
		if (asked != null && !asked.isBlank()) {
			Fault fault = Fault.of(asked);
			if (fault == null) {
				throw ApiException.invalidParameter(HEADER,
						"Invalid header '" + HEADER + "': expected one of " + Fault.names() + ", got '" + asked + "'.");
			}
			return fault;
		}
		if (call.fault() != null) {
			return Fault.of(call.fault());
		}
		for (Rule rule : this.rules) {
			if (rule.fires(call)) {
				return rule.fault;
			}
		}
		return null;
	}

	/**
	 * How long a {@code slow} fault holds the first byte.
	 * @param request the request, whose header may set it
	 * @return nanoseconds
	 */
	long slowDelayNanos(HttpServletRequest request) {
		String asked = request.getHeader(DELAY_HEADER);
		if (asked == null || asked.isBlank()) {
			return this.slowDelayNanos;
		}
		try {
			double ms = Double.parseDouble(asked.trim());
			if (ms >= 0 && ms <= MAX_DELAY_MS) {
				return Math.round(ms * 1_000_000);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalidParameter(DELAY_HEADER, "Invalid header '" + DELAY_HEADER
				+ "': expected a number from 0 to " + (long) MAX_DELAY_MS + ", got '" + asked + "'.");
	}

	/**
	 * Answers in place of the answer, for the faults that replace it whole: an error
	 * status, no answer at all, or a dropped connection.
	 * @param fault the fault
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param call the call
	 * @param pending the journal's record of the request, if kept
	 * @return whether the fault answered (else the answer goes out, maybe altered)
	 * @throws IOException when the response cannot be written
	 */
	boolean replaceAnswer(Fault fault, HttpServletRequest request, HttpServletResponse response, CallContext call,
			JournalFilter.@Nullable Pending pending) throws IOException {
		String id = OpenAiHeaders.requestId(response);
		String body = switch (fault) {
			case RATE_LIMIT -> error("Rate limit reached for " + model(call) + " in organization " + this.organization
					+ " on requests per min (RPM): Limit " + INJECTED_LIMIT + ", Used " + INJECTED_LIMIT
					+ ", Requested 1. Please try again in 1s. Visit https://platform.openai.com/account/rate-limits to "
					+ "learn more.", "requests", "rate_limit_exceeded");
			case SERVER_ERROR -> error("The server had an error processing your request. Sorry about that! You can "
					+ "retry your request, or contact us through our help center at help.openai.com if you keep seeing "
					+ "this error. (Please include the request ID " + id + " in your message.)", "server_error", null);
			case BAD_GATEWAY -> "{\"error\":{\"code\":502,\"message\":\"Bad gateway.\",\"param\":null,"
					+ "\"type\":\"cf_bad_gateway\"}}";
			case OVERLOADED -> error(ApiException.OVERLOADED, "service_unavailable_error", "server_is_overloaded");
			default -> null;
		};
		if (body != null) {
			int status = Integer.parseInt(fault.wireName());
			if (fault == Fault.RATE_LIMIT) {
				response.setHeader("x-ratelimit-limit-requests", Integer.toString(INJECTED_LIMIT));
				response.setHeader("x-ratelimit-remaining-requests", "0");
				response.setHeader("x-ratelimit-reset-requests", "1s");
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			if (pending != null) {
				pending.complete(status, bytes, 0);
			}
			OpenAiHeaders.stampProcessing(request, response, 0);
			response.setStatus(status);
			response.setContentType("application/json");
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			return true;
		}
		if (fault == Fault.DISCONNECT) {
			if (pending != null) {
				pending.complete(0, null, 0);
			}
			ConnectionAbort.closeNow(request);
			return true;
		}
		if (fault == Fault.TIMEOUT) {
			if (pending != null) {
				pending.complete(0, null, this.timeoutMaxMillis * 1_000_000);
			}
			AsyncContext async = request.isAsyncStarted() ? request.getAsyncContext() : request.startAsync();
			async.setTimeout(this.timeoutMaxMillis);
			async.addListener(AsyncEnd.whenTimedOut((event) -> {
				ConnectionAbort.closeNow(request);
				event.getAsyncContext().complete();
			}));
			return true;
		}
		return false;
	}

	/**
	 * A blocking answer cut off: its headers and half its body, then the connection
	 * closed.
	 * @param request the request
	 * @param response the response
	 * @param body the body
	 * @throws IOException when the response cannot be written
	 */
	static void cutOff(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		response.setContentLength(body.length);
		OutputStream out = response.getOutputStream();
		out.write(body, 0, body.length / 2);
		out.flush();
		ConnectionAbort.closeNow(request);
	}

	/**
	 * A stream with its fault: {@code stream-error} and {@code stream-cut} halfway
	 * through (after at least one frame), {@code slow} before its first frame.
	 * @param fault the fault
	 * @param source the stream
	 * @param request the request
	 * @param response the response, whose frames so far a cut sends first
	 * @return the stream to send
	 */
	ChunkSource inStream(Fault fault, ChunkSource source, HttpServletRequest request, HttpServletResponse response) {
		int at = Math.max(1, source.size() / 2);
		return switch (fault) {
			case STREAM_ERROR -> new Faulty(source, at, () -> {
				throw StreamFault.error();
			}, 0);
			case STREAM_CUT -> new Faulty(source, at, () -> {
				try {
					response.flushBuffer();
				}
				catch (IOException ex) {
					// the client has gone already
				}
				ConnectionAbort.closeNow(request);
				throw StreamFault.cut();
			}, 0);
			case SLOW -> new Faulty(source, -1, () -> {
			}, slowDelayNanos(request));
			default -> source;
		};
	}

	private static String model(CallContext call) {
		return (call.resolvedModel() != null) ? call.resolvedModel() : "this model";
	}

	private static String error(String message, String type, @Nullable String code) {
		return "{\"error\":{\"message\":\"" + ServerRejection.escape(message) + "\",\"type\":\"" + type
				+ "\",\"param\":null,\"code\":" + ((code != null) ? "\"" + code + "\"" : "null") + "}}";
	}

	/** One configured rule, with its counter and its seeded draws. */
	private static final class Rule {

		private final Fault fault;

		private final double probability;

		private final int every;

		private final List<Pattern> models = new ArrayList<>();

		private final List<String> endpoints;

		private final AtomicLong seen = new AtomicLong();

		private final Random random;

		Rule(FakeAiProperties.FaultRule rule, int index, long seed) {
			Fault fault = Fault.of(rule.fault());
			if (fault == null) {
				throw new IllegalArgumentException("fakeai.faults.rules[" + index + "].fault: '" + rule.fault()
						+ "' is not one of " + Fault.names());
			}
			if (rule.probability() < 0 || rule.probability() > 1 || rule.every() < 0) {
				throw new IllegalArgumentException(
						"fakeai.faults.rules[" + index + "]: probability must be from 0 to 1 and every 0 or more");
			}
			this.fault = fault;
			this.probability = rule.probability();
			this.every = rule.every();
			rule.models().forEach((model) -> this.models.add(ModelGlob.compile(model)));
			this.endpoints = rule.endpoints();
			this.random = new Random(seed + index);
		}

		boolean fires(CallContext call) {
			if (!this.endpoints.isEmpty() && !this.endpoints.contains(call.api())) {
				return false;
			}
			if (!this.models.isEmpty() && (call.resolvedModel() == null
					|| this.models.stream().noneMatch((model) -> model.matcher(call.resolvedModel()).matches()))) {
				return false;
			}
			long count = this.seen.incrementAndGet();
			if (this.every > 0) {
				return count % this.every == 0;
			}
			synchronized (this.random) {
				return this.random.nextDouble() < this.probability;
			}
		}

	}

	/** A stream that fails at a frame, or starts late. */
	private static final class Faulty extends ForwardingChunkSource {

		private final int failAt;

		private final Runnable failure;

		private final long extraFirstDelay;

		Faulty(ChunkSource source, int failAt, Runnable failure, long extraFirstDelay) {
			super(source);
			this.failAt = failAt;
			this.failure = failure;
			this.extraFirstDelay = extraFirstDelay;
		}

		@Override
		protected void beforeFrame(int index) {
			if (index == this.failAt) {
				this.failure.run();
			}
		}

		@Override
		public long delayNanos(int index) {
			return super.delayNanos(index) + ((index == 0) ? this.extraFirstDelay : 0);
		}

	}

}
