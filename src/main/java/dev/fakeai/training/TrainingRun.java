package dev.fakeai.training;

import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import dev.fakeai.config.FakeAiProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the training run when {@code fakeai.training.run} is set: once the server is
 * ready, {@link Trainer} sends its rounds of requests, and the process exits with 0 when
 * every request was answered as expected. The bean always exists (the property is read at
 * run time), so a build with Spring AOT trains too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
public class TrainingRun {

	private static final Log logger = LogFactory.getLog(TrainingRun.class);

	private final TrainingProperties training;

	private final FakeAiProperties properties;

	private final JsonMapper json;

	TrainingRun(TrainingProperties training, FakeAiProperties properties, JsonMapper json) {
		this.training = training;
		this.properties = properties;
		this.json = json;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!this.training.run()) {
			return;
		}
		ConfigurableApplicationContext context = event.getApplicationContext();
		Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
		Thread thread = new Thread(() -> {
			int code = 1;
			try {
				if (port == null) {
					logger.error("Training run: the server has no HTTP port");
				}
				else {
					Trainer.Report report = trainer(URI.create("http://127.0.0.1:" + port))
						.train(this.training.rounds());
					logger.info(report.summary());
					report.failures().forEach((failure) -> logger.error("Training run: " + failure));
					code = report.failures().isEmpty() ? 0 : 1;
				}
			}
			catch (RuntimeException ex) {
				logger.error("Training run failed", ex);
			}
			int exit = code;
			System.exit(SpringApplication.exit(context, () -> exit));
		}, "fakeai-training");
		thread.start();
	}

	/**
	 * A trainer for the server at {@code base}, with this server's keys.
	 * @param base the server's root URI
	 * @return the trainer
	 */
	Trainer trainer(URI base) {
		return new Trainer(base, first(this.properties.auth().apiKeys(), "sk-fakeai-training"),
				first(this.properties.admin().apiKeys(), "sk-fakeai-training"), this.json);
	}

	private static String first(List<String> keys, String otherwise) {
		return keys.isEmpty() ? otherwise : keys.get(0);
	}

}
