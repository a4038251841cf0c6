package dev.fakeai.config;

import java.util.List;

import dev.fakeai.auth.ApiKeyInterceptor;
import dev.fakeai.delivery.Delivery;
import dev.fakeai.errors.ApiException;
import dev.fakeai.fixtures.Recorder;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web wiring: API-key and body-size checks on {@code /v1/**}, the {@link ApiExchange}
 * every endpoint answers through (latency headers read once). What depends on the server
 * (its own rejections in JSON, {@code %2F} in model ids, dropping a connection) is in
 * {@link JettyEdge} and {@link TomcatEdge}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FakeAiProperties.class)
class WebConfig implements WebMvcConfigurer {

	static {
		// The exchange is resolved from the HTTP request, not sent by the caller.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiExchange.class);
		// Request bodies are read as trees; the API docs give them OpenAI's schemas
		// instead.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new ObjectSchema())
			.replaceWithSchema(ObjectNode.class, new ObjectSchema());
	}

	private final FakeAiProperties properties;

	private final ObjectProvider<Delivery> delivery;

	private final ObjectProvider<JsonMapper> mapper;

	private final ObjectProvider<FaultInjection> faults;

	private final ObjectProvider<RateLimiter> limits;

	private final ObjectProvider<InFlightBudget> inFlight;

	WebConfig(FakeAiProperties properties, ObjectProvider<Delivery> delivery, ObjectProvider<JsonMapper> mapper,
			ObjectProvider<FaultInjection> faults, ObjectProvider<RateLimiter> limits,
			ObjectProvider<InFlightBudget> inFlight) {
		this.inFlight = inFlight;
		this.properties = properties;
		this.faults = faults;
		this.limits = limits;
		this.delivery = delivery;
		this.mapper = mapper;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ApiKeyInterceptor(this.properties.auth().apiKeys())).addPathPatterns("/v1/**");
		registry.addInterceptor(new RequestSizeLimit.DeclaredLength(maxRequestBytes()))
			.addPathPatterns("/v1/**", "/__admin/**");
		registry.addInterceptor(new ApiKeyInterceptor(this.properties.admin().apiKeys()))
			.addPathPatterns("/__admin/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ApiExchangeResolver(this.delivery, this.mapper, this.properties.compat().strictParameters(),
				this.faults, this.limits, this.inFlight));
	}

	@Bean
	OperationCustomizer edgeHeadersDocumentation() {
		return new EdgeHeadersDocumentation();
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimit.CountingFilter> requestSizeLimitFilter() {
		FilterRegistrationBean<RequestSizeLimit.CountingFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit.CountingFilter(maxRequestBytes()));
		registration.addUrlPatterns("/v1/*", "/__admin/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		String[] origins = this.properties.http().corsOrigins().toArray(String[]::new);
		for (String path : new String[] { "/v1/**", "/__admin/**" }) {
			registry.addMapping(path)
				.allowedOriginPatterns(origins)
				.allowedMethods("*")
				.allowedHeaders("*")
				.exposedHeaders(OpenAiHeaders.REQUEST_ID, OpenAiHeaders.PROCESSING_MS, "openai-version",
						"openai-organization", "x-ratelimit-limit-requests", "x-ratelimit-limit-tokens",
						"x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens", "x-ratelimit-reset-requests",
						"x-ratelimit-reset-tokens", ApiException.MODEL_SUGGESTIONS_HEADER)
				.maxAge(3600);
		}
	}

	@Bean
	InFlightBudget inFlightBudget() {
		return new InFlightBudget(this.properties.http().maxInFlightTokens());
	}

	@Bean
	FilterRegistrationBean<InFlightBudget> inFlightBudgetFilter(InFlightBudget budget) {
		FilterRegistrationBean<InFlightBudget> registration = new FilterRegistrationBean<>(budget);
		registration.addUrlPatterns("/v1/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

	@Bean
	RateLimiter rateLimiter() {
		return new RateLimiter(this.properties, System::nanoTime);
	}

	@Bean
	FaultInjection faultInjection() {
		return new FaultInjection(this.properties);
	}

	@Bean
	FilterRegistrationBean<OpenAiHeaders> openAiHeaders() {
		FilterRegistrationBean<OpenAiHeaders> registration = new FilterRegistrationBean<>(
				new OpenAiHeaders(this.properties.http().organization()));
		registration.addUrlPatterns("/v1/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TraceRefusal> traceRefusal(JsonMapper mapper) {
		FilterRegistrationBean<TraceRefusal> registration = new FilterRegistrationBean<>(new TraceRefusal(mapper));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	RequestJournal requestJournal(JsonMapper mapper) {
		return new RequestJournal(this.properties, mapper);
	}

	@Bean
	FilterRegistrationBean<JournalFilter> journalFilter(RequestJournal journal) {
		FilterRegistrationBean<JournalFilter> registration = new FilterRegistrationBean<>(
				new JournalFilter(journal, maxRequestBytes()));
		registration.addUrlPatterns("/v1/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Record mode's proxy, registered only when {@code fakeai.record.upstream} is set.
	 * The bean always exists (decided at run time, not by a condition), so Spring AOT's
	 * build-time bean graph still serves a recording started with that property.
	 */
	@Bean
	FilterRegistrationBean<UpstreamProxy> upstreamProxy(ObjectProvider<Recorder> recorder) {
		FilterRegistrationBean<UpstreamProxy> registration = new FilterRegistrationBean<>(
				new UpstreamProxy(this.properties.record(), recorder::getObject));
		registration.setEnabled(this.properties.record().enabled());
		registration.addUrlPatterns("/v1/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		registration.setAsyncSupported(true);
		return registration;
	}

	private long maxRequestBytes() {
		return this.properties.http().maxRequestSize().toBytes();
	}

}
