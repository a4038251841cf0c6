package dev.fakeai.contract;

import java.net.http.HttpResponse;

import com.openai.errors.BadRequestException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Strict fixtures (a call no fixture matches is refused with the near misses) and an
 * admin API that wants its own key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.latency.speed-factor=0", "fakeai.fixtures.strict=true",
				"fakeai.fixtures.paths=classpath:fixtures/agent-loop.yaml", "fakeai.admin.api-keys=admin-key-1" })
class FixturesStrictContractTests {

	@LocalServerPort
	int strictPort;

	@Test
	void anUnmatchedCallIsABadRequestNamingTheClosestFixtures() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> ContractTestClients
			.sdk(this.strictPort, "sk-test")
			.chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4.1").addUserMessage("I want a refund").build()))
			.satisfies((ex) -> {
				assertThat(ex.code()).hasValue("fixture_not_matched");
				assertThat(ex.getMessage()).contains("No fixture matches this chat request",
						"model 'gpt-4.1' does not match 'gpt-4o*'");
			});
	}

	@Test
	void theAdminApiWantsItsKey() {
		HttpResponse<String> without = ContractTestClients.get(this.strictPort, "/__admin/fixtures");
		HttpResponse<String> with = ContractTestClients.get(this.strictPort, "/__admin/fixtures", "Authorization",
				"Bearer admin-key-1");

		assertThat(without.statusCode()).isEqualTo(401);
		HttpContractTests.assertValid("ErrorResponse", without);
		assertThat(with.statusCode()).isEqualTo(200);
	}

}
