package dev.fakeai.config;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dev.fakeai.engine.LatencyOverride;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.method.HandlerMethod;

/**
 * Documents the request headers the web edge reads on every call answered through an
 * {@link ApiExchange} (the latency overrides and the faults), as parameters of those
 * operations; the API docs mark them as extensions of OpenAI's API.
 */
final class EdgeHeadersDocumentation implements OperationCustomizer {

	private static final List<Parameter> HEADERS = List.of(
			header(LatencyOverride.SPEED_FACTOR, new NumberSchema().minimum(BigDecimal.ZERO),
					"FakeAI extension: scales the model's latency profile for this call (`0` answers at once, "
							+ "`2` twice as slow); `fakeai.latency.speed-factor` otherwise."),
			header(LatencyOverride.TIME_TO_FIRST_TOKEN, new NumberSchema().minimum(BigDecimal.ZERO),
					"FakeAI extension: the exact time to the first token, in milliseconds."),
			header(LatencyOverride.INTER_TOKEN, new NumberSchema().minimum(BigDecimal.ZERO),
					"FakeAI extension: the exact delay between tokens, in milliseconds."),
			header(FaultInjection.HEADER,
					new StringSchema()._enum(Arrays.stream(Fault.values()).map(Fault::wireName).toList()),
					"FakeAI extension: answers with this failure instead, as OpenAI or its load balancer "
							+ "presents it (`429`, `500`, `502`, `503`, `timeout`, `disconnect`, `stream-error`, "
							+ "`stream-cut`, `slow`)."),
			header(FaultInjection.DELAY_HEADER, new NumberSchema().minimum(BigDecimal.ZERO),
					"FakeAI extension: the delay before the first byte of a `slow` fault, in milliseconds."));

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		boolean edge = Arrays.stream(handlerMethod.getMethodParameters())
			.anyMatch((parameter) -> ApiExchange.class.equals(parameter.getParameterType()));
		if (edge) {
			HEADERS.forEach(operation::addParametersItem);
		}
		return operation;
	}

	private static Parameter header(String name, Schema<?> schema, String description) {
		return new HeaderParameter().name(name).required(false).schema(schema).description(description);
	}

}
