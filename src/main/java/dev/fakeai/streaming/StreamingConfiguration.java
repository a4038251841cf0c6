package dev.fakeai.streaming;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import dev.fakeai.config.FakeAiProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared scheduler every delayed response and stream runs on, and the streamer.
 */
@Configuration(proxyBeanMethods = false)
public class StreamingConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService streamScheduler(FakeAiProperties properties) {
		int configured = properties.latency().schedulerThreads();
		int threads = (configured > 0) ? configured : Runtime.getRuntime().availableProcessors();
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "fakeai-stream-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(threads, factory);
		scheduler.setRemoveOnCancelPolicy(true);
		return scheduler;
	}

	@Bean
	SseStreamer sseStreamer(ScheduledExecutorService streamScheduler, FakeAiProperties properties) {
		return new SseStreamer(streamScheduler, properties.latency().streamTimeout());
	}

}
