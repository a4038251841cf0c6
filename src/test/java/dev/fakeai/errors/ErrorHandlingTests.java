package dev.fakeai.errors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(controllers = TestEchoController.class, properties = "fakeai.http.max-request-size=64B")
class ErrorHandlingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void malformedJsonIsABadRequestInOpenAiWording() {
		assertThat(this.mvc.post().uri("/v1/test/echo").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"message": "%s", "type": "invalid_request_error", "param": null, "code": null}}"""
				.formatted(OpenAiErrorHandler.INVALID_JSON));
	}

	@Test
	void validationErrorsNameTheField() {
		assertThat(
				this.mvc.post().uri("/v1/test/echo").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("name");
	}

	@Test
	void unknownFieldsAreIgnored() {
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"extra\":1}")).hasStatusOk();
	}

	@Test
	void wrongContentTypeIs415() {
		assertThat(this.mvc.post().uri("/v1/test/echo").contentType(MediaType.TEXT_PLAIN).content("hi"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.bodyJson()
			.extractingPath("$.error.type")
			.isEqualTo("invalid_request_error");
	}

	@Test
	void wrongMethodIs405WithAllow() {
		assertThat(this.mvc.delete().uri("/v1/test/echo")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasHeader("Allow", "POST")
			.bodyJson()
			.extractingPath("$.error.message")
			.asString()
			.startsWith("Method Not Allowed (DELETE /v1/test/echo)");
	}

	@Test
	void unknownRouteIsInvalidUrlEvenWhenHtmlIsAccepted() {
		assertThat(this.mvc.get().uri("/v1/nope").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"message": "Invalid URL (GET /v1/nope)", "type": "invalid_request_error",
					           "param": null, "code": null}}""");
	}

	@Test
	void declaredBodyOverTheLimitIs413() {
		assertThat(this.mvc.post()
			.uri("/v1/test/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + "x".repeat(100) + "\"}")).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("request_too_large");
	}

	@Test
	void unexpectedFailuresAreGeneric500sWithoutDetails() {
		assertThat(this.mvc.get().uri("/v1/test/boom")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"message": "The server had an error while processing your request. Sorry about that!",
					           "type": "server_error", "param": null, "code": null}}""");
	}

	@Test
	void apiKeysAreMaskedInMessages() {
		assertThat(ApiException.mask("sk-4sJHrabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMw8ZP"))
			.isEqualTo("sk-4sJHr***************************************w8ZP");
		assertThat(ApiException.mask("sk-test-1234567890abcd")).isEqualTo("sk-test-**********abcd");
		assertThat(ApiException.mask("ai.")).isEqualTo("ai.");
	}

}
