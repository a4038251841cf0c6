package dev.fakeai.streaming;

import dev.fakeai.config.FakeAiProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared pacer every delayed response and stream runs on, and the streamer.
 */
@Configuration(proxyBeanMethods = false)
public class StreamingConfiguration {

	@Bean(destroyMethod = "close")
	Pacer pacer(FakeAiProperties properties) {
		int configured = properties.latency().schedulerThreads();
		return new Pacer((configured > 0) ? configured : Runtime.getRuntime().availableProcessors());
	}

	@Bean
	SseStreamer sseStreamer(Pacer pacer, FakeAiProperties properties) {
		return new SseStreamer(pacer, properties.latency().streamTimeout());
	}

}
