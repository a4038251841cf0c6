package dev.fakeai.config;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.fakeai.engine.CallContext;
import dev.fakeai.errors.ApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what answers not yet sent hold: the tokens of every generated reply count until
 * its answer is complete (a stream to its last frame, a delayed answer to its body), and
 * a reply that would take the total past {@code fakeai.http.max-in-flight-tokens} is
 * OpenAI's 503 instead, so a burst of the largest requests (many choices with visible
 * reasoning, streamed slowly) cannot exhaust the heap. One reply is always let through.
 */
final class InFlightBudget extends OncePerRequestFilter {

	/** What one held token costs on the heap, roughly: its text, bytes and object. */
	static final int BYTES_PER_TOKEN = CallContext.HELD_BYTES_PER_TOKEN;

	private static final String HELD_ATTRIBUTE = InFlightBudget.class.getName() + ".held";

	private final long budget;

	private final AtomicLong held = new AtomicLong();

	InFlightBudget(long maxTokens) {
		this.budget = (maxTokens > 0) ? maxTokens : Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_TOKEN;
	}

	long budget() {
		return this.budget;
	}

	long held() {
		return this.held.get();
	}

	/**
	 * Holds tokens for the request (an estimate before generating, then the correction),
	 * or refuses more.
	 * @param request the request
	 * @param tokens tokens more (checked) or fewer (negative)
	 * @throws ApiException OpenAI's 503 when more would spend the budget
	 */
	void hold(HttpServletRequest request, int tokens) {
		while (true) {
			long current = this.held.get();
			if (tokens > 0 && current > 0 && current + tokens > this.budget) {
				throw ApiException.overloaded();
			}
			if (this.held.compareAndSet(current, current + tokens)) {
				break;
			}
		}
		AtomicLong mine = (AtomicLong) request.getAttribute(HELD_ATTRIBUTE);
		if (mine != null) {
			mine.addAndGet(tokens);
		}
		else {
			this.held.addAndGet(-tokens);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AtomicLong mine = new AtomicLong();
		request.setAttribute(HELD_ATTRIBUTE, mine);
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				this.held.addAndGet(-mine.getAndSet(0));
			}
		};
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(AsyncEnd.whenEnded(release));
			}
			else {
				release.run();
			}
		}
	}

}
