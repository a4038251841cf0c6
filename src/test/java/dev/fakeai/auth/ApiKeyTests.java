package dev.fakeai.auth;

import dev.fakeai.errors.TestEchoController;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(controllers = TestEchoController.class,
		properties = "fakeai.auth.api-keys=sk-good-key-0001,sk-other-key-0002")
class ApiKeyTests {

	private static final String BODY = "{\"name\": \"x\"}";

	@Autowired
	MockMvcTester mvc;

	@Test
	void missingKeyIs401() {
		assertThat(this.mvc.post().uri("/v1/test/echo").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"message": "Missing bearer or basic authentication in header",
					           "type": "invalid_request_error", "param": null, "code": null}}""");
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.header("Authorization", "Bearer ")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void wrongKeyIs401WithTheKeyMasked() {
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.header("Authorization", "Bearer sk-wrong-key-9999")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.error.message")
			.isEqualTo("Incorrect API key provided: sk-wrong*****9999. You can find your API key at "
					+ "https://platform.openai.com/account/api-keys.");
	}

	@Test
	void anyConfiguredKeyPasses() {
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.header("Authorization", "Bearer sk-good-key-0001")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.header("Authorization", "bearer sk-other-key-0002")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).hasStatusOk();
	}

	@Test
	void unknownRoutesAreCheckedToo() {
		assertThat(this.mvc.get().uri("/v1/nope")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
