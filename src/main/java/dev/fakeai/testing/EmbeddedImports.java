package dev.fakeai.testing;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a fakeai started inside a test's JVM ({@code fakeai.testing.embedded=true}), only
 * the auto-configurations fakeai itself uses apply: the application under test brings its
 * own (a data source, Spring AI, LangChain4j, security) onto the classpath, and they must
 * not configure the emulator. Every other context is left alone.
 */
class EmbeddedImports implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String PROPERTY = "fakeai.testing.embedded";

	private static final String BOOT = "org.springframework.boot.";

	/**
	 * Spring Boot's modules that configure what an application brings and fakeai does not
	 * use: data stores, messaging, security, other web stacks.
	 */
	private static final Set<String> APPLICATION_MODULES = Set.of("jdbc", "jpa", "hibernate", "data", "flyway",
			"liquibase", "security", "kafka", "amqp", "jms", "artemis", "mongodb", "redis", "cassandra",
			"elasticsearch", "r2dbc", "session", "jooq", "neo4j", "ldap", "couchbase", "hazelcast", "quartz", "batch",
			"integration", "graphql", "rsocket", "webflux", "mail", "sql", "pulsar", "grpc", "transaction", "cache",
			"docker", "testcontainers", "devtools", "h2console");

	private boolean embedded;

	@Override
	public void setEnvironment(Environment environment) {
		this.embedded = environment.getProperty(PROPERTY, Boolean.class, false);
	}

	@Override
	public boolean[] match(@Nullable String[] candidates, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			String candidate = candidates[i];
			matches[i] = !this.embedded || usedByFakeAi(candidate);
		}
		return matches;
	}

	/**
	 * Whether fakeai uses an auto-configuration: Spring Boot's own, but for the modules
	 * of application concerns, and springdoc's; no other library's.
	 */
	private static boolean usedByFakeAi(@Nullable String candidate) {
		if (candidate == null) {
			return false;
		}
		if (candidate.startsWith("org.springdoc.")) {
			return true;
		}
		if (!candidate.startsWith(BOOT)) {
			return false;
		}
		String module = candidate.substring(BOOT.length(), candidate.indexOf('.', BOOT.length()));
		return !APPLICATION_MODULES.contains(module);
	}

}
