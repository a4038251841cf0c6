package dev.fakeai.training;

import java.net.URI;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run's requests against the real server: every one is answered as expected
 * with the server's own keys, also with lazy initialisation (the image's mode), and a
 * server that refuses them is reported, request by request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.auth.api-keys=sk-train-test", "fakeai.admin.api-keys=sk-admin-test" })
class TrainingRunTests {

	@LocalServerPort
	int port;

	@Autowired
	TrainingRun training;

	@Autowired
	JsonMapper json;

	@Test
	void everyEndpointAnswersTheTrainingRequests() {
		Trainer.Report report = this.training.trainer(URI.create("http://127.0.0.1:" + this.port)).train(2);

		assertThat(report.failures()).isEmpty();
		assertThat(report.rounds()).isEqualTo(2);
		assertThat(report.requests()).isGreaterThan(2 * 40);
		assertThat(report.summary())
			.startsWith("Training run: " + report.requests() + " requests in 2 rounds, 0 failed");
	}

	@Test
	void requestsTheServerRefusesAreReportedOneByOne() {
		Trainer trainer = new Trainer(URI.create("http://127.0.0.1:" + this.port), "sk-wrong", "sk-admin-test",
				this.json);

		Trainer.Report report = trainer.train(1);

		assertThat(report.failures()).filteredOn((failure) -> !failure.contains("no b64_json"))
			.isNotEmpty()
			.allSatisfy((failure) -> assertThat(failure).matches("(GET|POST|DELETE) /v1/.*: 401 \\(expected \\d+\\).*")
				.contains("invalid_api_key"));
		assertThat(report.failures()).contains("POST /v1/images/generations: no b64_json picture to edit")
			.anySatisfy((failure) -> assertThat(failure).startsWith("POST /v1/chat/completions"))
			.noneSatisfy((failure) -> assertThat(failure).contains("/__admin"));
	}

	/** The image's mode: beans made when a request first needs them. */
	@Nested
	@TestPropertySource(properties = "spring.main.lazy-initialization=true")
	class WithLazyInitialisation {

		@LocalServerPort
		int port;

		@Autowired
		TrainingRun training;

		@Test
		void everyEndpointStillAnswersTheTrainingRequests() {
			Trainer.Report report = this.training.trainer(URI.create("http://127.0.0.1:" + this.port)).train(1);

			assertThat(report.failures()).isEmpty();
			assertThat(report.requests()).isGreaterThan(40);
		}

	}

}
