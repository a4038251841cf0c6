package dev.fakeai.simulation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared, thread-safe simulation helpers.
 */
@Configuration(proxyBeanMethods = false)
public class SimulationConfiguration {

	@Bean
	TokenCounter tokenCounter() {
		return new TokenCounter();
	}

	@Bean
	JsonSchemas jsonSchemas() {
		return new JsonSchemas();
	}

}
