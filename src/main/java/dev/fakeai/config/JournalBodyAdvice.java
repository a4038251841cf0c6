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
 * Has the journal record each body Spring MVC writes (model lists, stored responses,
 * every error envelope) just before it is written, without buffering the response.
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
		if (request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest()
					.getAttribute(JournalFilter.PENDING_ATTRIBUTE) instanceof JournalFilter.Pending pending
				&& response instanceof ServletServerHttpResponse servletResponse) {
			pending.complete(servletResponse.getServletResponse().getStatus(), body, 0);
		}
		return body;
	}

}
