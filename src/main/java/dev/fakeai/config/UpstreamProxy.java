package dev.fakeai.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import dev.fakeai.fixtures.Recorder;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Record mode ({@code fakeai.record.upstream}): every {@code /v1} request is forwarded to
 * the upstream and its answer returned unchanged, a stream passed on as its bytes arrive
 * (no thread waits on it); then the {@link Recorder} writes a fixture for it. The key
 * sent upstream is {@code fakeai.record.api-key}, or the client's own.
 */
class UpstreamProxy extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(UpstreamProxy.class);

	/** Headers the proxy sets itself or that belong to one hop. */
	private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "transfer-encoding",
			"accept-encoding", "keep-alive", "upgrade", "te", "trailer", "expect", "http2-settings");

	private static final Set<String> DROPPED_ANSWER_HEADERS = Set.of("connection", "content-length",
			"transfer-encoding", "content-encoding", "keep-alive", ":status");

	/**
	 * Made only when recording: a client costs a selector thread and TLS set-up at start.
	 */
	private final @Nullable HttpClient client;

	private final String upstream;

	private final String apiKey;

	private final Duration timeout;

	private final Supplier<Recorder> recorder;

	private final boolean enabled;

	UpstreamProxy(FakeAiProperties.Record record, Supplier<Recorder> recorder) {
		this.enabled = record.enabled();
		String base = record.upstream().trim();
		this.upstream = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.apiKey = record.apiKey();
		this.timeout = record.timeout();
		this.recorder = recorder;
		this.client = this.enabled ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build() : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, jakarta.servlet.ServletException {
		byte[] body = request.getInputStream().readAllBytes();
		String path = request.getRequestURI();
		String query = request.getQueryString();
		HttpRequest.Builder forward = HttpRequest
			.newBuilder(
					URI.create(this.upstream + path.substring("/v1".length()) + ((query != null) ? "?" + query : "")))
			.timeout(this.timeout)
			.method(request.getMethod(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		for (String name : Collections.list(request.getHeaderNames())) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (HOP_HEADERS.contains(lower) || (lower.equals("authorization") && !this.apiKey.isBlank())) {
				continue;
			}
			for (String value : Collections.list(request.getHeaders(name))) {
				forward.header(name, value);
			}
		}
		if (!this.apiKey.isBlank()) {
			forward.header("Authorization", "Bearer " + this.apiKey);
		}
		AsyncContext async = request.startAsync();
		async.setTimeout(this.timeout.toMillis());
		JournalFilter.Pending pending = (JournalFilter.Pending) request.getAttribute(JournalFilter.PENDING_ATTRIBUTE);
		HttpClient client = Objects.requireNonNull(this.client);
		client.sendAsync(forward.build(), HttpResponse.BodyHandlers.ofPublisher()).whenComplete((answer, ex) -> {
			if (ex != null) {
				unreachable(async, response, ex);
				return;
			}
			response.setStatus(answer.statusCode());
			answer.headers().map().forEach((name, values) -> {
				if (!DROPPED_ANSWER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach((value) -> response.addHeader(name, value));
				}
			});
			boolean streamed = answer.headers()
				.firstValue("content-type")
				.map((type) -> type.startsWith("text/event-stream"))
				.orElse(false);
			answer.body().subscribe(new Relay(async, response, (bytes) -> {
				Map<String, Object> recorded = this.recorder.get()
					.record(path, body, answer.statusCode(), bytes, streamed);
				if (pending != null) {
					pending.complete(answer.statusCode(), streamed ? recorded : bytes, 0);
				}
			}));
		});
	}

	private static void unreachable(AsyncContext async, HttpServletResponse response, Throwable ex) {
		logger.warn("Upstream unreachable: {}", ex.toString());
		try {
			response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
			response.setContentType("application/json");
			String message = ServerRejection
				.escape("The upstream of fakeai.record.upstream could not be reached: " + ex.getMessage());
			response.getOutputStream()
				.write(("{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"param\":null,"
						+ "\"code\":\"upstream_unreachable\"}}")
					.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException | IllegalStateException written) {
			logger.debug("Client went away", written);
		}
		finally {
			async.complete();
		}
	}

	/**
	 * Passes the upstream's bytes to the client as they arrive, keeps a copy, and hands
	 * the copy on when the answer ends.
	 */
	private static final class Relay implements Flow.Subscriber<List<ByteBuffer>> {

		private final AsyncContext async;

		private final HttpServletResponse response;

		private final java.util.function.Consumer<byte[]> finished;

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		private Flow.@Nullable Subscription subscription;

		private boolean clientGone;

		Relay(AsyncContext async, HttpServletResponse response, java.util.function.Consumer<byte[]> finished) {
			this.async = async;
			this.response = response;
			this.finished = finished;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			try {
				ServletOutputStream out = this.response.getOutputStream();
				for (ByteBuffer buffer : buffers) {
					byte[] bytes = new byte[buffer.remaining()];
					buffer.get(bytes);
					this.copy.write(bytes);
					if (!this.clientGone) {
						out.write(bytes);
					}
				}
				if (!this.clientGone) {
					out.flush();
				}
			}
			catch (IOException | IllegalStateException ex) {
				this.clientGone = true;
			}
			this.subscription.request(1);
		}

		@Override
		public void onError(Throwable throwable) {
			logger.warn("Upstream answer broke off: {}", throwable.toString());
			this.async.complete();
		}

		@Override
		public void onComplete() {
			try {
				this.finished.accept(this.copy.toByteArray());
			}
			finally {
				this.async.complete();
			}
		}

	}

}
