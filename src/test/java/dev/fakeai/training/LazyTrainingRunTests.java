package dev.fakeai.training;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's mode: with lazy initialisation (beans made when a request first needs them)
 * every endpoint still answers the training requests as expected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.lazy-initialization=true")
class LazyTrainingRunTests {

	@LocalServerPort
	int port;

	@Autowired
	TrainingRun training;

	@Test
	void everyEndpointAnswersWithLazyInitialisation() {
		Trainer.Report report = this.training.trainer(URI.create("http://127.0.0.1:" + this.port)).train(1);

		assertThat(report.failures()).isEmpty();
		assertThat(report.requests()).isGreaterThan(40);
	}

}
