package dev.fakeai.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import dev.fakeai.engine.CallContext;
import dev.fakeai.errors.ApiException;
import dev.fakeai.models.ModelGlob;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * OpenAI's rate limits: requests and tokens a minute in buckets refilled continuously,
 * one pair per API key (unless shared) and per model limit; tokens counted as OpenAI
 * counts them for limits (the prompt plus the requested output limit). Past a limit,
 * OpenAI's 429 with the limit, what is used, what was requested and the wait; every
 * admitted answer carries the {@code x-ratelimit-*} headers with resets in Go's duration
 * format.
 */
final class RateLimiter {

	private static final long NANOS_PER_MINUTE = 60_000_000_000L;

	/** The most key and model buckets kept before full ones are dropped. */
	private static final int MAX_BUCKETS = 10_000;

	private static final String DOCS = " Visit https://platform.openai.com/account/rate-limits to learn more.";

	private final FakeAiProperties.RateLimits limits;

	private final List<Group> groups = new ArrayList<>();

	private final Group defaults;

	private final String organization;

	private final LongSupplier clock;

	private final Map<String, Buckets> buckets = new ConcurrentHashMap<>();

	RateLimiter(FakeAiProperties properties, LongSupplier clock) {
		this.limits = properties.rateLimits();
		this.organization = properties.http().organization();
		this.clock = clock;
		for (FakeAiProperties.ModelLimit limit : this.limits.models()) {
			this.groups.add(new Group(limit.model(), ModelGlob.compile(limit.model()), limit.requestsPerMinute(),
					limit.tokensPerMinute()));
		}
		this.defaults = new Group("*", null, this.limits.requestsPerMinute(), this.limits.tokensPerMinute());
	}

	boolean enabled() {
		return this.limits.enabled();
	}

	int buckets() {
		return this.buckets.size();
	}

	/**
	 * The admission of one request's calls, which sets its response's headers.
	 * @param request the request, whose key selects the buckets
	 * @param response the response
	 * @return the admission
	 */
	CallContext.Admission admissionFor(HttpServletRequest request, HttpServletResponse response) {
		String key = this.limits.perKey() ? key(request) : "";
		return (model, tokens, countsRequest) -> admit(key, model, tokens, countsRequest).forEach(response::setHeader);
	}

	/**
	 * Takes a request and its tokens from their buckets.
	 * @param key the API key's bucket name
	 * @param model the catalog model
	 * @param tokens the tokens counted
	 * @param countsRequest whether a request is counted too
	 * @return the {@code x-ratelimit-*} headers after it
	 * @throws ApiException OpenAI's 429 past a limit
	 */
	Map<String, String> admit(String key, String model, int tokens, boolean countsRequest) {
		if (this.limits.insufficientQuota()) {
			throw ApiException.tooManyRequests(
					"You exceeded your current quota, please check your plan and billing "
							+ "details. For more information on this error, read the docs: "
							+ "https://platform.openai.com/docs/guides/error-codes/api-errors.",
					"insufficient_quota", "insufficient_quota", Map.of());
		}
		Group group = group(model);
		long now = this.clock.getAsLong();
		if (this.buckets.size() > MAX_BUCKETS) {
			forgetFull(now);
		}
		Buckets buckets = this.buckets.computeIfAbsent(key + '\0' + group.name, (name) -> new Buckets(group, now));
		return buckets.take(model, countsRequest ? 1 : 0, tokens, now, this.organization);
	}

	/**
	 * Drops the buckets that have refilled (a new one would be the same), so many keys do
	 * not grow the map without bound; past {@value #MAX_BUCKETS} still, the oldest go.
	 */
	private void forgetFull(long now) {
		this.buckets.values().removeIf((buckets) -> buckets.full(now));
		if (this.buckets.size() > MAX_BUCKETS) {
			this.buckets.clear();
		}
	}

	private Group group(String model) {
		for (Group group : this.groups) {
			if (group.pattern.matcher(model).matches()) {
				return group;
			}
		}
		return this.defaults;
	}

	private static String key(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return (authorization != null) ? authorization.trim() : "";
	}

	/**
	 * A duration as Go prints one ({@code time.Duration.String()}), as OpenAI's headers
	 * and messages show them: {@code 6m0s}, {@code 2m52.8s}, {@code 33.023s},
	 * {@code 547ms}, {@code 1.5ms}; to the millisecond, and never under {@code 1ms}
	 * unless zero.
	 * @param nanos the duration
	 * @return its text
	 */
	static String goDuration(long nanos) {
		if (nanos <= 0) {
			return "0s";
		}
		if (nanos < 1_000_000_000L) {
			BigDecimal ms = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000), 3, RoundingMode.CEILING);
			return ((ms.compareTo(BigDecimal.ONE) < 0) ? "1" : ms.stripTrailingZeros().toPlainString()) + "ms";
		}
		long millis = (nanos + 999_999) / 1_000_000;
		long hours = millis / 3_600_000;
		long minutes = (millis % 3_600_000) / 60_000;
		BigDecimal seconds = BigDecimal.valueOf(millis % 60_000, 3).stripTrailingZeros();
		StringBuilder text = new StringBuilder();
		if (hours > 0) {
			text.append(hours).append('h');
		}
		if (hours > 0 || minutes > 0) {
			text.append(minutes).append('m');
		}
		return text.append((seconds.signum() == 0) ? "0" : seconds.toPlainString()).append('s').toString();
	}

	/** A model limit (or the defaults) and its name. */
	private record Group(String name, @Nullable Pattern pattern, int requestsPerMinute, int tokensPerMinute) {
	}

	/** One key's request and token buckets for one group, refilled continuously. */
	private static final class Buckets {

		private final Group group;

		private double requests;

		private double tokens;

		private long last;

		Buckets(Group group, long now) {
			this.group = group;
			this.requests = group.requestsPerMinute();
			this.tokens = group.tokensPerMinute();
			this.last = now;
		}

		synchronized Map<String, String> take(String model, int requested, int tokensWanted, long now,
				String organization) {
			refill(now);
			int rpm = this.group.requestsPerMinute();
			int tpm = this.group.tokensPerMinute();
			if (rpm > 0 && requested > 0 && this.requests < requested) {
				long wait = waitFor(requested - this.requests, rpm);
				throw ApiException.tooManyRequests(
						"Rate limit reached for " + model + " in organization " + organization
								+ " on requests per min (RPM): Limit " + rpm + ", Used " + used(rpm, this.requests)
								+ ", Requested " + requested + ". Please try again in " + goDuration(wait) + "." + DOCS,
						"requests", "rate_limit_exceeded", headers());
			}
			if (tpm > 0 && tokensWanted > tpm) {
				throw ApiException.tooManyRequests(
						"Request too large for " + model + " in organization " + organization
								+ " on tokens per min (TPM): Limit " + tpm + ", Requested " + tokensWanted
								+ ". The input or output tokens must be reduced in order to run successfully." + DOCS,
						"tokens", "rate_limit_exceeded", headers());
			}
			if (tpm > 0 && this.tokens < tokensWanted) {
				long wait = waitFor(tokensWanted - this.tokens, tpm);
				throw ApiException.tooManyRequests("Rate limit reached for " + model + " in organization "
						+ organization + " on tokens per min (TPM): Limit " + tpm + ", Used " + used(tpm, this.tokens)
						+ ", Requested " + tokensWanted + ". Please try again in " + goDuration(wait) + "." + DOCS,
						"tokens", "rate_limit_exceeded", headers());
			}
			if (rpm > 0) {
				this.requests -= requested;
			}
			if (tpm > 0) {
				this.tokens -= tokensWanted;
			}
			return headers();
		}

		synchronized boolean full(long now) {
			refill(now);
			return this.requests >= this.group.requestsPerMinute() && this.tokens >= this.group.tokensPerMinute();
		}

		private void refill(long now) {
			long elapsed = Math.max(0, now - this.last);
			this.last = now;
			this.requests = Math.min(this.group.requestsPerMinute(),
					this.requests + (double) elapsed * this.group.requestsPerMinute() / NANOS_PER_MINUTE);
			this.tokens = Math.min(this.group.tokensPerMinute(),
					this.tokens + (double) elapsed * this.group.tokensPerMinute() / NANOS_PER_MINUTE);
		}

		private Map<String, String> headers() {
			Map<String, String> headers = new LinkedHashMap<>();
			int rpm = this.group.requestsPerMinute();
			int tpm = this.group.tokensPerMinute();
			if (rpm > 0) {
				headers.put("x-ratelimit-limit-requests", Integer.toString(rpm));
				headers.put("x-ratelimit-remaining-requests", Long.toString((long) Math.floor(this.requests)));
				headers.put("x-ratelimit-reset-requests", goDuration(waitFor(rpm - this.requests, rpm)));
			}
			if (tpm > 0) {
				headers.put("x-ratelimit-limit-tokens", Integer.toString(tpm));
				headers.put("x-ratelimit-remaining-tokens", Long.toString((long) Math.floor(this.tokens)));
				headers.put("x-ratelimit-reset-tokens", goDuration(waitFor(tpm - this.tokens, tpm)));
			}
			return headers;
		}

		private static long used(int limit, double level) {
			return limit - (long) Math.floor(level);
		}

		/**
		 * How long a bucket refilling {@code perMinute} a minute takes to gain
		 * {@code amount}.
		 */
		private static long waitFor(double amount, int perMinute) {
			return (amount <= 0) ? 0 : (long) Math.ceil(amount * NANOS_PER_MINUTE / perMinute);
		}

	}

}
