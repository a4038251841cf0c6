package dev.fakeai.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.fakeai.engine.TestEngines;
import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limits' arithmetic on a clock the test moves: requests and tokens taken and
 * refilled continuously, OpenAI's 429 messages with used, requested and the wait, the
 * headers in Go's duration format, buckets per key and per model limit, the quota mode.
 */
class RateLimiterTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(1_000 * SECOND);

	private RateLimiter limiter(int rpm, int tpm, List<FakeAiProperties.ModelLimit> models, boolean perKey,
			boolean quota) {
		FakeAiProperties defaults = TestEngines.properties(true, true);
		return new RateLimiter(
				new FakeAiProperties(defaults.models(), defaults.auth(), defaults.http(), defaults.latency(),
						defaults.compat(), defaults.responses(), defaults.fixtures(), defaults.admin(),
						defaults.journal(), defaults.record(), defaults.faults(),
						new FakeAiProperties.RateLimits(rpm, tpm, models, perKey, quota), defaults.chat()),
				this.now::get);
	}

	@ParameterizedTest(name = "{0} ns = {1}")
	@CsvSource({ "0, 0s", "12000000, 12ms", "1500000, 1.5ms", "300000, 1ms", "547000000, 547ms", "1000000000, 1s",
			"33023000000, 33.023s", "60000000000, 1m0s", "172800000000, 2m52.8s", "360000000000, 6m0s",
			"3600000000000, 1h0m0s", "3723500000000, 1h2m3.5s" })
	void durationsPrintAsGoPrintsThem(long nanos, String text) {
		assertThat(RateLimiter.goDuration(nanos)).isEqualTo(text);
	}

	@Test
	void requestsRunOutThenRefillContinuously() {
		RateLimiter limiter = limiter(3, 0, List.of(), true, false);
		Map<String, String> first = limiter.admit("k", "gpt-4o", 10, true);
		assertThat(first).containsEntry("x-ratelimit-limit-requests", "3")
			.containsEntry("x-ratelimit-remaining-requests", "2")
			.containsEntry("x-ratelimit-reset-requests", "20s")
			.doesNotContainKey("x-ratelimit-limit-tokens");
		limiter.admit("k", "gpt-4o", 10, true);
		limiter.admit("k", "gpt-4o", 10, false);
		limiter.admit("k", "gpt-4o", 10, true);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> limiter.admit("k", "gpt-4o", 10, true))
			.satisfies((ex) -> {
				assertThat(ex.status().value()).isEqualTo(429);
				assertThat(ex.toError().error().type()).isEqualTo("requests");
				assertThat(ex.toError().error().code()).isEqualTo("rate_limit_exceeded");
				assertThat(ex.headers()).containsEntry("x-ratelimit-remaining-requests", "0")
					.containsEntry("x-ratelimit-reset-requests", "1m0s");
			})
			.withMessage(
					"Rate limit reached for gpt-4o in organization user-fakeai on requests per min (RPM): Limit 3, "
							+ "Used 3, Requested 1. Please try again in 20s. Visit "
							+ "https://platform.openai.com/account/rate-limits to learn more.");
		this.now.addAndGet(20 * SECOND);
		assertThat(limiter.admit("k", "gpt-4o", 10, true)).containsEntry("x-ratelimit-remaining-requests", "0");
	}

	@Test
	void tokensCountPromptAndRequestedOutput() {
		RateLimiter limiter = limiter(0, 1_000, List.of(), true, false);
		assertThat(limiter.admit("k", "gpt-4o", 400, true)).containsEntry("x-ratelimit-remaining-tokens", "600")
			.containsEntry("x-ratelimit-reset-tokens", "24s");
		limiter.admit("k", "gpt-4o", 400, true);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> limiter.admit("k", "gpt-4o", 400, true))
			.satisfies((ex) -> assertThat(ex.toError().error().type()).isEqualTo("tokens"))
			.withMessage("Rate limit reached for gpt-4o in organization user-fakeai on tokens per min (TPM): Limit "
					+ "1000, Used 800, Requested 400. Please try again in 12s. Visit "
					+ "https://platform.openai.com/account/rate-limits to learn more.");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> limiter.admit("k", "gpt-4o", 1_200, true))
			.withMessage("Request too large for gpt-4o in organization user-fakeai on tokens per min (TPM): Limit "
					+ "1000, Requested 1200. The input or output tokens must be reduced in order to run successfully. "
					+ "Visit https://platform.openai.com/account/rate-limits to learn more.");
		this.now.addAndGet(12 * SECOND);
		limiter.admit("k", "gpt-4o", 400, true);
	}

	@Test
	void keysAndModelLimitsHaveTheirOwnBuckets() {
		RateLimiter limiter = limiter(1, 0,
				List.of(new FakeAiProperties.ModelLimit("o3*", 2, 0), new FakeAiProperties.ModelLimit("gpt-4o*", 5, 0)),
				true, false);

		limiter.admit("a", "gpt-4.1", 1, true);
		limiter.admit("b", "gpt-4.1", 1, true);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> limiter.admit("a", "gpt-4.1", 1, true));
		assertThat(limiter.admit("a", "o3-mini", 1, true)).containsEntry("x-ratelimit-limit-requests", "2");
		assertThat(limiter.admit("a", "gpt-4o-mini", 1, true)).containsEntry("x-ratelimit-limit-requests", "5");

		RateLimiter shared = limiter(1, 0, List.of(), false, false);
		shared.admit("", "gpt-4.1", 1, true);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> shared.admit("", "gpt-4.1", 1, true));
	}

	@Test
	void theQuotaModeRefusesEverything() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> limiter(0, 0, List.of(), true, true).admit("k", "gpt-4o", 1, true))
			.satisfies((ex) -> {
				assertThat(ex.status().value()).isEqualTo(429);
				assertThat(ex.toError().error().type()).isEqualTo("insufficient_quota");
				assertThat(ex.toError().error().code()).isEqualTo("insufficient_quota");
			})
			.withMessageStartingWith("You exceeded your current quota, please check your plan and billing details.");
	}

	@Test
	void manyKeysDoNotGrowTheBucketsWithoutBound() {
		RateLimiter limiter = limiter(5, 0, List.of(), true, false);
		for (int i = 0; i < 10_001; i++) {
			limiter.admit("sk-" + i, "gpt-4o", 1, true);
		}
		this.now.addAndGet(60 * SECOND);

		limiter.admit("sk-new", "gpt-4o", 1, true);

		assertThat(limiter.buckets()).as("refilled buckets are forgotten").isEqualTo(1);
	}

}
