package dev.fakeai.auth;

import java.util.List;
import java.util.Set;

import dev.fakeai.errors.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks {@code Authorization: Bearer KEY} on {@code /v1/**} when
 * {@code fakeai.auth.api-keys} is set, and on {@code /__admin/**} when
 * {@code fakeai.admin.api-keys} is; with no keys configured, every request passes. An
 * interceptor rather than a filter, so failures reach the error handler's envelope.
 */
public class ApiKeyInterceptor implements HandlerInterceptor {

	private static final String BEARER = "bearer ";

	private final Set<String> keys;

	public ApiKeyInterceptor(List<String> keys) {
		this.keys = Set.copyOf(keys);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (this.keys.isEmpty() || CorsUtils.isPreFlightRequest(request)) {
			return true;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			throw ApiException.missingApiKey();
		}
		String key = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? header.substring(BEARER.length()).trim() : header.trim();
		if (key.isEmpty()) {
			throw ApiException.missingApiKey();
		}
		if (!this.keys.contains(key)) {
			throw ApiException.invalidApiKey(key);
		}
		return true;
	}

}
