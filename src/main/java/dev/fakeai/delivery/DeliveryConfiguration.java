package dev.fakeai.delivery;

import dev.fakeai.config.FakeAiProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared pacer every delayed response and stream runs on, and the delivery that
 * writes on it.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

	@Bean(destroyMethod = "close")
	Pacer pacer(FakeAiProperties properties) {
		int configured = properties.latency().schedulerThreads();
		return new Pacer((configured > 0) ? configured : Runtime.getRuntime().availableProcessors());
	}

	@Bean
	Delivery delivery(Pacer pacer, FakeAiProperties properties) {
		return new Delivery(pacer, properties.latency().streamTimeout());
	}

}
