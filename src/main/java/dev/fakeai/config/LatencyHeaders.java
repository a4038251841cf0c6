package dev.fakeai.config;

import dev.fakeai.engine.LatencyOverride;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every endpoint that takes a {@link LatencyOverride} the one its request's
 * {@code X-FakeAI-*} latency headers ask for (a bad value is a 400 naming the header).
 */
class LatencyHeaders implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == LatencyOverride.class;
	}

	@Override
	public LatencyOverride resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return LatencyOverride.of(request.getHeader(LatencyOverride.SPEED_FACTOR),
				request.getHeader(LatencyOverride.TIME_TO_FIRST_TOKEN), request.getHeader(LatencyOverride.INTER_TOKEN));
	}

}
