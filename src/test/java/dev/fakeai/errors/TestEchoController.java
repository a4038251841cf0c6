package dev.fakeai.errors;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint that reads a JSON body and can fail on purpose, to exercise the
 * error handling of request bodies before any production endpoint takes one. Not part of
 * the API, so not in its docs.
 */
@RestController
@Hidden
public class TestEchoController {

	@PostMapping("/v1/test/echo")
	Echo echo(@RequestBody @Valid Echo echo) {
		return echo;
	}

	@GetMapping("/v1/test/boom")
	Echo boom() {
		throw new IllegalStateException("secret internal detail");
	}

	record Echo(@NotBlank String name) {
	}

}
