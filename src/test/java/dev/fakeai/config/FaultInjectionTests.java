package dev.fakeai.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.CallContext;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.TestEngines;
import dev.fakeai.models.Capability;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Fault rules: every Nth, by seeded probability (the same run twice gives the same
 * faults), for some models and endpoints; the header first; a bad rule stops start-up.
 */
class FaultInjectionTests {

	private static final GenerationEngine ENGINE = TestEngines.engine(false, true);

	private static FaultInjection faults(FakeAiProperties.FaultRule... rules) {
		FakeAiProperties defaults = TestEngines.properties(true, true);
		return new FaultInjection(new FakeAiProperties(defaults.models(), defaults.auth(), defaults.http(),
				defaults.latency(), defaults.compat(), defaults.responses(), defaults.fixtures(), defaults.admin(),
				defaults.journal(), defaults.record(),
				new FakeAiProperties.Faults(List.of(rules), 7, Duration.ofSeconds(1), Duration.ofMillis(10)),
				defaults.rateLimits(), defaults.chat()));
	}

	private static CallContext call(String api, String model) {
		CallContext call = CallContext.of(LatencyOverride.of(null, null, null));
		ENGINE.resolveModel(model, ApiSurface.of(api, Capability.CHAT, "no"), call);
		return call;
	}

	private static List<Fault> run(FaultInjection faults, int calls, String api, String model) {
		List<Fault> injected = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			injected.add(faults.decide(new MockHttpServletRequest(), call(api, model)));
		}
		return injected;
	}

	@Test
	void everyNthRequestGetsTheFault() {
		FaultInjection faults = faults(new FakeAiProperties.FaultRule("503", 1.0, 3, List.of(), List.of()));

		assertThat(run(faults, 6, "chat", "gpt-4o-mini")).containsExactly(null, null, Fault.OVERLOADED, null, null,
				Fault.OVERLOADED);
	}

	@Test
	void aSeededProbabilityRepeatsRunToRun() {
		FakeAiProperties.FaultRule rule = new FakeAiProperties.FaultRule("429", 0.3, 0, List.of(), List.of());

		List<Fault> first = run(faults(rule), 200, "chat", "gpt-4o-mini");
		List<Fault> second = run(faults(rule), 200, "chat", "gpt-4o-mini");

		assertThat(first).isEqualTo(second);
		assertThat(first.stream().filter((fault) -> fault == Fault.RATE_LIMIT).count()).isBetween(40L, 80L);
	}

	@Test
	void modelAndEndpointFiltersNarrowARule() {
		FaultInjection faults = faults(
				new FakeAiProperties.FaultRule("500", 1.0, 0, List.of("gpt-4o*"), List.of("responses")),
				new FakeAiProperties.FaultRule("stream-cut", 1.0, 0, List.of("o3"), List.of()));

		assertThat(run(faults, 1, "responses", "gpt-4o-mini")).containsExactly(Fault.SERVER_ERROR);
		assertThat(run(faults, 1, "chat", "gpt-4o-mini")).containsExactly((Fault) null);
		assertThat(run(faults, 1, "responses", "gpt-4.1")).containsExactly((Fault) null);
		assertThat(run(faults, 1, "chat", "o3")).containsExactly(Fault.STREAM_CUT);
	}

	@Test
	void theHeaderComesFirst() {
		FaultInjection faults = faults(new FakeAiProperties.FaultRule("500", 1.0, 0, List.of(), List.of()));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(FaultInjection.HEADER, "Timeout");

		assertThat(faults.decide(request, call("chat", "gpt-4o-mini"))).isEqualTo(Fault.TIMEOUT);
	}

	@Test
	void aBadRuleNamesItsProperty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> faults(new FakeAiProperties.FaultRule("418", 1.0, 0, List.of(), List.of())))
			.withMessage("fakeai.faults.rules[0].fault: '418' is not one of 429, 500, 502, 503, timeout, disconnect, "
					+ "stream-error, stream-cut, slow");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> faults(new FakeAiProperties.FaultRule("500", 1.5, 0, List.of(), List.of())))
			.withMessageStartingWith("fakeai.faults.rules[0]: probability must be from 0 to 1");
	}

}
