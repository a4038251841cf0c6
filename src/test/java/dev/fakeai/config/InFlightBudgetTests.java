package dev.fakeai.config;

import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-flight budget's arithmetic: held while a request is answered, given back when it
 * ends, the excess refused with OpenAI's 503, one request always let through.
 */
class InFlightBudgetTests {

	@Test
	void heldTokensComeBackWhenTheAnswerEnds() throws Exception {
		InFlightBudget budget = new InFlightBudget(1_000);
		MockHttpServletRequest first = new MockHttpServletRequest();
		MockHttpServletRequest second = new MockHttpServletRequest();

		budget.doFilter(first, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response)
							throws java.io.IOException, jakarta.servlet.ServletException {
						budget.hold(request, 5_000);
						assertThat(budget.held()).as("one request is always let through").isEqualTo(5_000);
						assertThatExceptionOfType(ApiException.class)
							.isThrownBy(() -> budget.doFilter(second, new MockHttpServletResponse(),
									new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

										@Override
										protected void service(jakarta.servlet.http.HttpServletRequest inner,
												jakarta.servlet.http.HttpServletResponse answer) {
											budget.hold(inner, 1);
										}

									})))
							.satisfies((ex) -> {
								assertThat(ex.status().value()).isEqualTo(503);
								assertThat(ex.toError().error().code()).isEqualTo("server_is_overloaded");
							});
						budget.hold(request, -4_500);
						assertThat(budget.held()).isEqualTo(500);
					}

				}));

		assertThat(budget.held()).isZero();
	}

	@Test
	void aZeroBudgetIsAQuarterOfTheHeap() {
		assertThat(new InFlightBudget(0).budget())
			.isEqualTo(Runtime.getRuntime().maxMemory() / 4 / InFlightBudget.BYTES_PER_TOKEN);
	}

}
