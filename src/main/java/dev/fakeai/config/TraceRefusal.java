package dev.fakeai.config;

import java.io.IOException;

import dev.fakeai.engine.Ids;
import dev.fakeai.errors.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code TRACE} answered with OpenAI's 405 on every path, before a servlet could echo the
 * request back (the servlet API's default, which Jetty leaves on; Tomcat refuses
 * {@code TRACE} itself).
 */
final class TraceRefusal extends OncePerRequestFilter {

	private final JsonMapper mapper;

	TraceRefusal(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!HttpMethod.TRACE.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(OpenAiHeaders.REQUEST_ID, Ids.hex("req_", 32));
		String message = "Method Not Allowed (TRACE " + request.getRequestURI()
				+ "): Request method 'TRACE' is not supported";
		response.getOutputStream()
			.write(this.mapper.writeValueAsBytes(ApiError.of(message, "invalid_request_error", null, null)));
	}

}
