package dev.fakeai.floor;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor fakeai is measured against: the same stack, endpoints that do no work of their
 * own. {@code POST /v1/chat/completions} reads the JSON body and returns a fixed completion;
 * {@code GET /v1/models} a fixed list.
 */
@SpringBootApplication
@RestController
public class FloorApplication {

	private static final Map<String, Object> MODELS = Map.of("object", "list", "data",
			List.of(Map.of("id", "floor", "object", "model", "created", 1700000000, "owned_by", "system")));

	private static final Completion COMPLETION = new Completion("chatcmpl-floor", "chat.completion", 1700000000L,
			"gpt-4o-mini-2024-07-18",
			List.of(new Choice(0, new Message("assistant", "The capital of France is Paris. It is known for the "
					+ "Eiffel Tower, the Louvre and its cafes. Let me know if you'd like more detail.", null), null,
					"stop")),
			new Usage(24, 30, 54), "fp_floor", "default");

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@GetMapping("/v1/models")
	Map<String, Object> models() {
		return MODELS;
	}

	@PostMapping("/v1/chat/completions")
	Completion completion(@RequestBody Map<String, Object> body) {
		return COMPLETION;
	}

	record Completion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
			String system_fingerprint, String service_tier) {
	}

	record Choice(int index, Message message, Object logprobs, String finish_reason) {
	}

	record Message(String role, String content, String refusal) {
	}

	record Usage(int prompt_tokens, int completion_tokens, int total_tokens) {
	}

}
