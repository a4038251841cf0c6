package dev.fakeai.config;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.fakeai.delivery.ChunkSource;
import dev.fakeai.delivery.ForwardingChunkSource;
import dev.fakeai.engine.CallContext;
import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.ToolCall;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Records every {@code /v1} request, under the {@code x-request-id} it is answered with,
 * in the {@link RequestJournal}: the body as sent, the model asked and resolved, the
 * status, the fixture that answered, and the body answered (for a stream, its assembled
 * choices). An answer is recorded before its last byte leaves, so a client that has its
 * answer finds it in the journal.
 */
class JournalFilter extends OncePerRequestFilter {

	static final String PENDING_ATTRIBUTE = JournalFilter.class.getName() + ".pending";

	/** What an answer held as an object is counted as, for the journal's bound. */
	private static final long ESTIMATED_BODY_BYTES = 1024;

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "api-key", "cookie",
			"proxy-authorization", "x-api-key");

	private final RequestJournal journal;

	private final int cacheLimit;

	JournalFilter(RequestJournal journal, long maxRequestBytes) {
		this.journal = journal;
		this.cacheLimit = (int) Math.min(Integer.MAX_VALUE, maxRequestBytes);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.journal.enabled()) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, this.cacheLimit);
		Pending pending = new Pending(OpenAiHeaders.requestId(response), cached, response);
		request.setAttribute(PENDING_ATTRIBUTE, pending);
		try {
			chain.doFilter(cached, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext()
					.addListener(AsyncEnd.whenEnded(() -> pending.complete(response.getStatus(), null, 0)));
			}
			else {
				pending.complete(response.getStatus(), null, 0);
			}
		}
	}

	/**
	 * One request on its way to the journal: recorded once, by the first of the answer's
	 * writers (JSON, a stream's last frame, Spring's body) or, failing those, when the
	 * exchange ends.
	 */
	final class Pending {

		private final String id;

		private final Instant arrived = Instant.now();

		private final long started = System.nanoTime();

		private final ContentCachingRequestWrapper request;

		private final HttpServletResponse response;

		private final AtomicBoolean recorded = new AtomicBoolean();

		private volatile @Nullable CallContext call;

		private Pending(String id, ContentCachingRequestWrapper request, HttpServletResponse response) {
			this.id = id;
			this.request = request;
			this.response = response;
		}

		void call(CallContext call) {
			this.call = call;
		}

		/**
		 * Records the request with the body it is answered with.
		 * @param status the status
		 * @param answered the body: JSON bytes or an object; {@code null} when unknown
		 * @param delayNanos how long after now the body is sent
		 */
		void complete(int status, @Nullable Object answered, long delayNanos) {
			if (this.recorded.compareAndSet(false, true)) {
				record(status, answered, false, delayNanos, (answered instanceof byte[] bytes) ? bytes.length : 0);
			}
		}

		/**
		 * A stream source that records the request, with its assembled choices, before
		 * its last frame is made.
		 * @param source the stream
		 * @return the source to send
		 */
		ChunkSource recordingBeforeLastFrame(ChunkSource source) {
			return new RecordingSource(source, this);
		}

		void completeStream() {
			if (!this.recorded.compareAndSet(false, true)) {
				return;
			}
			CallContext call = this.call;
			List<Reply> replies = (call != null) ? call.replies() : List.of();
			record(HttpServletResponse.SC_OK, (call != null) ? assembled(replies) : null, true, 0, size(replies));
		}

		private void record(int status, @Nullable Object answered, boolean streamed, long delayNanos,
				long responseBytes) {
			byte[] body = this.request.getContentAsByteArray();
			CallContext call = this.call;
			JournalFilter.this.journal
				.add(new JournalEntry(this.id, this.arrived, this.request.getMethod(), this.request.getRequestURI(),
						this.request.getQueryString(), (call != null) ? call.resolvedModel() : null, status,
						(System.nanoTime() - this.started + delayNanos) / 1_000_000, headers(this.request), body,
						(call != null) ? call.fixture() : null, streamed, answered,
						body.length + ((responseBytes > 0) ? responseBytes : ESTIMATED_BODY_BYTES)));
		}

	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
			}
		}
		return headers;
	}

	/**
	 * What a stream's assembled choices hold, for the journal's bound: two bytes a
	 * character of their text, reasoning and arguments.
	 */
	private static long size(List<Reply> replies) {
		long chars = 0;
		for (Reply reply : replies) {
			for (GeneratedChoice choice : reply.choices()) {
				chars += length(choice.content()) + length(choice.reasoningContent());
				for (ToolCall call : choice.toolCalls()) {
					chars += call.name().length() + call.arguments().length();
				}
			}
		}
		return 2 * chars + ESTIMATED_BODY_BYTES;
	}

	private static int length(@Nullable String text) {
		return (text != null) ? text.length() : 0;
	}

	/** A stream's choices as it sent them, piece by piece, put together. */
	private static List<Map<String, Object>> assembled(List<Reply> replies) {
		List<Map<String, Object>> choices = new ArrayList<>();
		for (Reply reply : replies) {
			for (GeneratedChoice choice : reply.choices()) {
				Map<String, Object> assembled = new LinkedHashMap<>();
				assembled.put("index", choices.size());
				assembled.put(choice.refusal() ? "refusal" : "content", choice.content());
				if (choice.reasoningContent() != null) {
					assembled.put("reasoning", choice.reasoningContent());
				}
				List<Map<String, String>> calls = new ArrayList<>();
				for (ToolCall call : choice.toolCalls()) {
					calls.add(Map.of("id", call.id(), "name", call.name(), "arguments", call.arguments()));
				}
				assembled.put("tool_calls", calls);
				assembled.put("finish_reason", choice.finishReason().toString());
				choices.add(assembled);
			}
		}
		return choices;
	}

	/** A stream that has its request recorded before its last frame. */
	private static final class RecordingSource extends ForwardingChunkSource {

		private final Pending pending;

		RecordingSource(ChunkSource source, Pending pending) {
			super(source);
			this.pending = pending;
		}

		@Override
		protected void beforeFrame(int index) {
			if (index == size() - 1) {
				this.pending.completeStream();
			}
		}

	}

}
