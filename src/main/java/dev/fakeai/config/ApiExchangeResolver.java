package dev.fakeai.config;

import dev.fakeai.delivery.Delivery;
import dev.fakeai.engine.LatencyOverride;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every endpoint that takes an {@link ApiExchange} one for its request, with the
 * {@link LatencyOverride} its {@code X-FakeAI-*} latency headers ask for (a bad value is
 * a 400 naming the header).
 */
class ApiExchangeResolver implements HandlerMethodArgumentResolver {

	private final SingletonSupplier<Delivery> delivery;

	private final SingletonSupplier<JsonMapper> mapper;

	private final boolean strict;

	private final SingletonSupplier<FaultInjection> faults;

	private final SingletonSupplier<RateLimiter> limits;

	private final SingletonSupplier<InFlightBudget> inFlight;

	ApiExchangeResolver(ObjectProvider<Delivery> delivery, ObjectProvider<JsonMapper> mapper, boolean strict,
			ObjectProvider<FaultInjection> faults, ObjectProvider<RateLimiter> limits,
			ObjectProvider<InFlightBudget> inFlight) {
		this.inFlight = SingletonSupplier.of(inFlight::getObject);
		this.faults = SingletonSupplier.of(faults::getObject);
		this.limits = SingletonSupplier.of(limits::getObject);
		this.delivery = SingletonSupplier.of(delivery::getObject);
		this.mapper = SingletonSupplier.of(mapper::getObject);
		this.strict = strict;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ApiExchange.class;
	}

	@Override
	public ApiExchange resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		LatencyOverride latency = LatencyOverride.of(request.getHeader(LatencyOverride.SPEED_FACTOR),
				request.getHeader(LatencyOverride.TIME_TO_FIRST_TOKEN), request.getHeader(LatencyOverride.INTER_TOKEN));
		return new ApiExchange(request.getNativeRequest(HttpServletRequest.class),
				request.getNativeResponse(HttpServletResponse.class), latency, this.delivery.obtain(),
				this.mapper.obtain(), this.strict, this.faults.obtain(), this.limits.obtain(), this.inFlight.obtain());
	}

}
