package dev.fakeai.config;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Just before Spring MVC writes a body (model lists, stored responses, every error
 * envelope): stamps {@code openai-processing-ms} and has the journal record it, without
 * buffering the response. Controllers that answer themselves (through
 * {@link ApiExchange}) return nothing and are left alone.
 */
@ControllerAdvice
class JournalBodyAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body != null && request instanceof ServletServerHttpRequest servlet
				&& response instanceof ServletServerHttpResponse servletResponse) {
			OpenAiHeaders.stampProcessing(servlet.getServletRequest(), servletResponse.getServletResponse(), 0);
			if (servlet.getServletRequest()
				.getAttribute(JournalFilter.PENDING_ATTRIBUTE) instanceof JournalFilter.Pending pending) {
				pending.complete(servletResponse.getServletResponse().getStatus(), body, 0);
			}
		}
		return body;
	}

}
