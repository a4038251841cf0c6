package dev.fakeai.auth;

import dev.fakeai.models.FixtureCatalog;
import dev.fakeai.models.ModelsConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(properties = "fakeai.auth.api-keys=sk-good-key-0001,sk-other-key-0002")
@Import({ ModelsConfiguration.class, FixtureCatalog.class })
class ApiKeyTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void missingKeyIs401() {
		assertThat(this.mvc.get().uri("/v1/models")).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"error": {"type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""");
		assertThat(this.mvc.get().uri("/v1/models").header("Authorization", "Bearer "))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void wrongKeyIs401WithTheKeyMasked() {
		assertThat(this.mvc.get().uri("/v1/models").header("Authorization", "Bearer sk-wrong-key-9999"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.error.message")
			.isEqualTo("Incorrect API key provided: sk-**********9999. You can find your API key at "
					+ "https://platform.openai.com/account/api-keys.");
	}

	@Test
	void anyConfiguredKeyPasses() {
		assertThat(this.mvc.get().uri("/v1/models").header("Authorization", "Bearer sk-good-key-0001")).hasStatusOk();
		assertThat(this.mvc.get().uri("/v1/models/gpt-test").header("Authorization", "bearer sk-other-key-0002"))
			.hasStatusOk();
	}

	@Test
	void unknownRoutesAreCheckedToo() {
		assertThat(this.mvc.get().uri("/v1/nope")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
