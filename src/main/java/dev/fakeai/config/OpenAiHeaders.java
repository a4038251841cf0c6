package dev.fakeai.config;

import java.io.IOException;

import dev.fakeai.engine.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OpenAI's headers on every {@code /v1} answer: {@code x-request-id} ({@code req_} and 32
 * hex digits), {@code openai-version}, {@code openai-organization}, and
 * {@code openai-processing-ms}, stamped by whatever writes the answer, just before it is
 * written (a delayed answer counts its delay).
 */
class OpenAiHeaders extends OncePerRequestFilter {

	/** The header that carries the request's id. */
	static final String REQUEST_ID = "x-request-id";

	static final String PROCESSING_MS = "openai-processing-ms";

	/** The API version OpenAI reports. */
	static final String VERSION = "2020-10-01";

	private static final String ARRIVED_ATTRIBUTE = OpenAiHeaders.class.getName() + ".arrived";

	private final String organization;

	OpenAiHeaders(String organization) {
		this.organization = organization;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ARRIVED_ATTRIBUTE, System.nanoTime());
		response.setHeader(REQUEST_ID, Ids.hex("req_", 32));
		response.setHeader("openai-version", VERSION);
		response.setHeader("openai-organization", this.organization);
		chain.doFilter(request, response);
	}

	/**
	 * Sets {@code openai-processing-ms} from the request's arrival to when its answer is
	 * due, unless the answer is already on its way.
	 * @param request the request
	 * @param response its response
	 * @param delayNanos how long after now the answer starts
	 */
	static void stampProcessing(HttpServletRequest request, HttpServletResponse response, long delayNanos) {
		if (response.isCommitted() || !(request.getAttribute(ARRIVED_ATTRIBUTE) instanceof Long arrived)) {
			return;
		}
		response.setHeader(PROCESSING_MS, Long.toString((System.nanoTime() - arrived + delayNanos) / 1_000_000));
	}

	/**
	 * The request's id, as sent back.
	 * @param response the response
	 * @return the id, or a new one when the header is not set
	 */
	static String requestId(HttpServletResponse response) {
		String id = response.getHeader(REQUEST_ID);
		return (id != null) ? id : Ids.hex("req_", 32);
	}

}
