package dev.fakeai.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code fakeai.*} property; {@code docs/configuration.md} lists them with their
 * defaults.
 *
 * @param models the model registry
 * @param auth API-key checking
 * @param http HTTP limits
 * @param latency simulated latency
 * @param compat how strictly OpenAI's rules are applied
 * @param responses the Responses API's store
 * @param chat stored chat completions
 */
@ConfigurationProperties("fakeai")
@Validated
public record FakeAiProperties(@DefaultValue @Valid Models models, @DefaultValue Auth auth, @DefaultValue Http http,
		@DefaultValue @Valid Latency latency, @DefaultValue Compat compat, @DefaultValue @Valid Responses responses,
		@DefaultValue Fixtures fixtures, @DefaultValue Admin admin, @DefaultValue @Valid Journal journal,
		@DefaultValue Record record, @DefaultValue Faults faults, @DefaultValue @Valid RateLimits rateLimits,
		@DefaultValue @Valid Chat chat) {

	/**
	 * Model registry settings.
	 *
	 * @param providers the catalogs to load: {@code all} or provider names
	 * @param autoCreate whether requests may use unknown models, created from their names
	 * @param fuzzyMatching whether lookup goes on past exact ids and aliases
	 * @param fuzzyThreshold the least edit-distance similarity a fuzzy match needs
	 * @param maxAutoCreated how many created models are kept; past that they are served
	 * but not registered
	 * @param profile how requests name models: {@code emulator} (the default) also takes
	 * names that differ from an id only in case and punctuation, and creates models for
	 * new names that are not typos of known ids; {@code openai} takes exact ids and
	 * aliases only, every other name being OpenAI's 404
	 */
	public record Models(@DefaultValue("all") @NotEmpty List<String> providers,
			@DefaultValue("true") boolean autoCreate, @DefaultValue("true") boolean fuzzyMatching,
			@DefaultValue("0.8") @DecimalMin("0.5") @DecimalMax("1.0") double fuzzyThreshold,
			@DefaultValue("1000") @PositiveOrZero int maxAutoCreated, @DefaultValue("emulator") Profile profile) {

		/**
		 * Defaults, for code that builds a registry outside Spring.
		 * @return the default settings
		 */
		public static Models defaults() {
			return new Models(List.of("all"), true, true, 0.8, 1000, Profile.EMULATOR);
		}

	}

	/** How requests name models. */
	public enum Profile {

		/**
		 * Exact ids, aliases and spelling variants; new names (not typos) create models.
		 */
		EMULATOR,
		/** Exact ids and aliases only, as OpenAI resolves them. */
		OPENAI

	}

	/**
	 * API-key settings.
	 *
	 * @param apiKeys accepted keys; empty accepts any key or none
	 */
	public record Auth(@DefaultValue List<String> apiKeys) {

		public Auth {
			apiKeys = List.copyOf(apiKeys);
		}

	}

	/** The HTTP servers fakeai runs on. */
	public enum Server {

		/** Jetty, the default where it is on the class path (the jar, the image). */
		JETTY,

		/** Tomcat, which an application testing against fakeai in its own JVM brings. */
		TOMCAT

	}

	/**
	 * HTTP limits and headers.
	 *
	 * @param maxRequestSize the largest request body accepted; larger ones get a 413
	 * @param organization the {@code openai-organization} header's value
	 * @param corsOrigins the origins (patterns) a browser may call {@code /v1} and
	 * {@code /__admin} from
	 * @param maxInFlightTokens the most generated tokens held at once by answers not yet
	 * sent (streams, delayed answers); past it a request is OpenAI's 503. 0: a quarter of
	 * the heap's worth
	 * @param server the HTTP server: Jetty (keeps a connection alive after a 400, as the
	 * real API does), or Tomcat (closes it), which needs Tomcat on the class path
	 */
	public record Http(@DefaultValue("32MB") DataSize maxRequestSize, @DefaultValue("user-fakeai") String organization,
			@DefaultValue("*") List<String> corsOrigins, @DefaultValue("0") @PositiveOrZero long maxInFlightTokens,
			@DefaultValue("jetty") Server server) {

		public Http {
			corsOrigins = List.copyOf(corsOrigins);
			if (maxRequestSize.toBytes() <= 0) {
				throw new IllegalArgumentException("fakeai.http.max-request-size must be positive");
			}
			if (server == Server.TOMCAT
					&& !ClassUtils.isPresent("org.apache.catalina.startup.Tomcat", Http.class.getClassLoader())) {
				throw new IllegalArgumentException("fakeai.http.server=tomcat needs Tomcat on the class path; "
						+ "the executable jar and the image ship Jetty only");
			}
		}

	}

	/**
	 * Simulated latency.
	 *
	 * @param speedFactor multiplies every simulated delay: 1 follows the model's latency
	 * profile, 0 answers at once, 2 is twice as slow; the request header
	 * {@code X-FakeAI-Speed-Factor} overrides it per call
	 * @param streamTimeout the longest a stream or delayed response may stay open
	 * @param schedulerThreads threads of the shared scheduler that sends delayed frames;
	 * 0 means one per core
	 */
	public record Latency(@DefaultValue("1.0") @PositiveOrZero @DecimalMax("1000") double speedFactor,
			@DefaultValue("10m") Duration streamTimeout, @DefaultValue("0") @PositiveOrZero int schedulerThreads) {

	}

	/**
	 * Compatibility switches.
	 *
	 * @param strictParameters apply OpenAI's parameter rules for reasoning models
	 * ({@code max_tokens} refused, only default sampling values) and refuse
	 * {@code reasoning_effort} on other models; off, such parameters are ignored
	 */
	public record Compat(@DefaultValue("true") boolean strictParameters) {

	}

	/**
	 * The Responses API's in-memory store of responses and their input items.
	 *
	 * @param storeMaxResponses the most responses kept; the oldest go first
	 * @param storeMaxSize the most JSON kept (responses and their input), counted as its
	 * size on the wire; the oldest go first
	 */
	public record Responses(@DefaultValue("10000") @PositiveOrZero int storeMaxResponses,
			@DefaultValue("256MB") DataSize storeMaxSize) {

	}

	/**
	 * Stored chat completions ({@code store: true}) in memory.
	 *
	 * @param storeMaxCompletions the most completions kept; the oldest go first
	 * @param storeMaxSize the most JSON kept (completions and their messages), counted as
	 * its size on the wire; the oldest go first
	 */
	public record Chat(@DefaultValue("10000") @PositiveOrZero int storeMaxCompletions,
			@DefaultValue("256MB") DataSize storeMaxSize) {

	}

	/**
	 * Scripted answers for integration tests.
	 *
	 * @param paths fixture files or directories (YAML or JSON) loaded at startup
	 * @param strict whether a request no fixture matches is refused (with the closest
	 * fixtures and why each missed) instead of simulated
	 */
	public record Fixtures(@DefaultValue List<String> paths, @DefaultValue("false") boolean strict) {

		public Fixtures {
			paths = List.copyOf(paths);
		}

	}

	/**
	 * The admin API under {@code /__admin}.
	 *
	 * @param apiKeys keys the admin API accepts (as bearer tokens); empty leaves it open
	 */
	public record Admin(@DefaultValue List<String> apiKeys) {

		public Admin {
			apiKeys = List.copyOf(apiKeys);
		}

	}

	/**
	 * The in-memory journal of {@code /v1} requests.
	 *
	 * @param enabled whether requests are recorded
	 * @param maxEntries the most requests kept; the oldest go first, counted
	 * @param maxSize the most request and response bytes kept; the oldest go first
	 */
	public record Journal(@DefaultValue("true") boolean enabled, @DefaultValue("1000") @PositiveOrZero int maxEntries,
			@DefaultValue("64MB") DataSize maxSize) {

	}

	/**
	 * Record and replay: forward to an upstream OpenAI-compatible server and write a
	 * fixture for each answer.
	 *
	 * @param upstream the upstream's base URL in the SDKs' form (e.g.
	 * {@code https://api.openai.com/v1}); empty leaves recording off
	 * @param path the directory the recorded fixture file is written to
	 * @param apiKey the key sent upstream; empty forwards the client's
	 * {@code Authorization}
	 * @param timeout how long an upstream answer may take, to its last byte
	 */
	public record Record(@DefaultValue("") String upstream, @DefaultValue("fixtures/recorded") String path,
			@DefaultValue("") String apiKey, @DefaultValue("10m") Duration timeout) {

		/**
		 * Whether requests are forwarded and recorded.
		 * @return {@code true} when an upstream is set
		 */
		public boolean enabled() {
			return !this.upstream.isBlank();
		}

	}

	/**
	 * Injected failures by configuration (the {@code X-FakeAI-Fault} header asks for one
	 * per request).
	 *
	 * @param rules the rules, tried in order; the first that fires injects its fault
	 * @param seed the seed of the rules' random draws, so a run is repeatable
	 * @param timeoutMax the longest a {@code timeout} fault holds a request before it
	 * closes the connection
	 * @param slowDelay the delay of a {@code slow} fault without
	 * {@code X-FakeAI-Fault-Delay-Ms}
	 */
	public record Faults(@DefaultValue List<FaultRule> rules, @DefaultValue("42") long seed,
			@DefaultValue("10m") Duration timeoutMax, @DefaultValue("5s") Duration slowDelay) {

		public Faults {
			rules = List.copyOf(rules);
		}

	}

	/**
	 * One fault rule.
	 *
	 * @param fault the fault ({@code 429}, {@code 500}, {@code 502}, {@code 503},
	 * {@code timeout}, {@code disconnect}, {@code stream-error}, {@code stream-cut},
	 * {@code slow})
	 * @param probability the chance it fires on a request it applies to, 0 to 1
	 * @param every fires on every Nth request it applies to instead (0: not used)
	 * @param models model ids or globs it applies to (empty: all)
	 * @param endpoints APIs it applies to ({@code chat}, {@code responses},
	 * {@code completions}, {@code embeddings}, {@code moderations}; empty: all)
	 */
	public record FaultRule(String fault, @DefaultValue("1.0") double probability, @DefaultValue("0") int every,
			@DefaultValue List<String> models, @DefaultValue List<String> endpoints) {

		public FaultRule {
			models = List.copyOf(models);
			endpoints = List.copyOf(endpoints);
		}

	}

	/**
	 * Rate limits, as OpenAI enforces them: off unless a limit is set.
	 *
	 * @param requestsPerMinute requests a minute for each bucket (0: no limit)
	 * @param tokensPerMinute tokens a minute for each bucket, counted as OpenAI counts
	 * them for limits: the prompt plus the requested output limit (0: no limit)
	 * @param models per-model limits, by id or glob, tried in order
	 * @param perKey whether each API key has its own buckets (else all share them)
	 * @param insufficientQuota every inference request gets OpenAI's 429
	 * {@code insufficient_quota}, which no retry helps
	 */
	public record RateLimits(@DefaultValue("0") @PositiveOrZero int requestsPerMinute,
			@DefaultValue("0") @PositiveOrZero int tokensPerMinute, @DefaultValue List<ModelLimit> models,
			@DefaultValue("true") boolean perKey, @DefaultValue("false") boolean insufficientQuota) {

		public RateLimits {
			models = List.copyOf(models);
		}

		/**
		 * Whether any limit applies.
		 * @return {@code true} with a limit or the quota mode
		 */
		public boolean enabled() {
			return this.insufficientQuota || this.requestsPerMinute > 0 || this.tokensPerMinute > 0
					|| !this.models.isEmpty();
		}

	}

	/**
	 * Limits for some models.
	 *
	 * @param model an id or a glob
	 * @param requestsPerMinute requests a minute (0: no limit)
	 * @param tokensPerMinute tokens a minute (0: no limit)
	 */
	public record ModelLimit(String model, @DefaultValue("0") @PositiveOrZero int requestsPerMinute,
			@DefaultValue("0") @PositiveOrZero int tokensPerMinute) {

	}

}
