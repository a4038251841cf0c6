package dev.fakeai.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare Spring MVC app, the floor fakeai is measured against: {@code GET /v1/models} returns
 * a fixed list, {@code POST /v1/chat/completions} a fixed completion.
 */
@SpringBootApplication
@RestController
public class FloorApplication {

	private static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"floor\",\"object\":\"model\","
			+ "\"created\":1700000000,\"owned_by\":\"system\"}]}";

	private static final String COMPLETION = "{\"id\":\"chatcmpl-floor\",\"object\":\"chat.completion\","
			+ "\"created\":1700000000,\"model\":\"floor\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
			+ "\"assistant\",\"content\":\"Hello! How can I help you today?\",\"refusal\":null},\"logprobs\":null,"
			+ "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":9,\"total_tokens\":18}}";

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@GetMapping(path = "/v1/models", produces = "application/json")
	String models() {
		return MODELS;
	}

	@PostMapping(path = "/v1/chat/completions", produces = "application/json")
	String completion(@RequestBody String body) {
		return COMPLETION;
	}

}
