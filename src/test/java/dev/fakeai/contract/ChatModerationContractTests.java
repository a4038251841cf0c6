package dev.fakeai.contract;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moderated chat completions ({@code "moderation": {"model": ...}}), held to the real
 * API's captured answers (pydantic-ai's {@code test_openai_moderation*.yaml}, 2026): a
 * {@code moderation} object with the verdicts on input and output, and in a stream a last
 * chunk that carries it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatModerationContractTests extends SdkContractTest {

	/** The categories of the captured streamed moderation, in its order. */
	private static final List<String> CAPTURED_ORDER = List.of("harassment", "harassment/threatening", "sexual", "hate",
			"hate/threatening", "illicit", "illicit/violent", "self-harm/intent", "self-harm/instructions", "self-harm",
			"sexual/minors", "violence", "violence/graphic");

	/** How the captured stream's moderation chunk begins, after its id and times. */
	private static final String CAPTURED_CHUNK = "\"choices\":[],\"moderation\":{\"input\":{\"type\":\"moderation_results\","
			+ "\"model\":\"omni-moderation-latest\",\"results\":[{\"type\":\"moderation_result\",\"model\":"
			+ "\"omni-moderation-latest\",\"flagged\":false,\"categories\":{\"harassment\":false,";

	private HttpResponse<String> chat(String model, String question, String extra) {
		return ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question
						+ "\"}],\"moderation\":{\"model\":\"omni-moderation-latest\"}" + extra + "}");
	}

	private static List<String> keys(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	@Test
	void aModeratedCompletionCarriesTheVerdictsOnInputAndOutput() {
		HttpResponse<String> response = chat("gpt-4o-mini", "What is the capital of France?", "");
		JsonNode body = JSON.readTree(response.body());
		JsonNode moderation = body.get("moderation");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(OpenApiSchemas.get().errors("CreateChatCompletionResponse", response.body())).isEmpty();
		assertThat(keys(body)).containsSubsequence("choices", "moderation", "usage");
		assertThat(keys(moderation)).containsExactly("input", "output");
		for (String side : new String[] { "input", "output" }) {
			JsonNode results = moderation.get(side);
			assertThat(keys(results)).containsExactly("type", "model", "results");
			assertThat(results.get("type").asString()).isEqualTo("moderation_results");
			JsonNode result = results.get("results").get(0);
			assertThat(keys(result)).containsExactly("type", "model", "flagged", "categories", "category_scores",
					"category_applied_input_types");
			assertThat(result.get("model").asString()).isEqualTo("omni-moderation-latest");
			assertThat(result.get("flagged").asBoolean()).isFalse();
			assertThat(keys(result.get("categories"))).containsExactlyElementsOf(CAPTURED_ORDER);
			assertThat(keys(result.get("category_scores"))).containsExactlyElementsOf(CAPTURED_ORDER);
			assertThat(result.get("category_applied_input_types").get("violence").get(0).asString()).isEqualTo("text");
		}
	}

	@Test
	void aViolentQuestionIsFlaggedOnTheInputSide() {
		JsonNode moderation = JSON.readTree(chat("gpt-4o-mini", "I will murder him.", "").body()).get("moderation");

		JsonNode input = moderation.get("input").get("results").get(0);
		assertThat(input.get("flagged").asBoolean()).isTrue();
		assertThat(input.get("categories").get("violence").asBoolean()).isTrue();
		assertThat(input.get("category_scores").get("violence").asDouble()).isGreaterThan(0.5);
		assertThat(moderation.get("output").get("results").get(0).get("type").asString())
			.isEqualTo("moderation_result");
	}

	@Test
	void aStreamEndsWithAChunkThatCarriesTheModerationAsCaptured() {
		// The captured stream's model: a reasoning model, whose chunks carry a null
		// fingerprint (the one difference from the description the contract tests
		// accept).
		HttpResponse<String> response = chat("gpt-5", "What is the capital of France?",
				",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
		List<String> data = new ArrayList<>();
		for (String line : response.body().split("\n")) {
			if (line.startsWith("data: ")) {
				data.add(line.substring(6));
			}
		}

		assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
		String last = data.get(data.size() - 2);
		String usage = data.get(data.size() - 3);
		assertThat(last).contains(CAPTURED_CHUNK).contains("},\"usage\":null,\"obfuscation\":\"");
		assertThat(JSON.readTree(usage).get("usage").get("total_tokens").asInt()).isPositive();
		assertThat(JSON.readTree(usage).has("moderation")).isFalse();
		assertThat(OpenApiSchemas.get().errors("CreateChatCompletionStreamResponse", last))
			.containsOnly("/system_fingerprint: null found, string expected");
	}

	@Test
	void aBadModerationRequestIsOpenAisBadRequestAndNoneAsksForNothing() {
		HttpResponse<String> notAnObject = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-5\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"moderation\":\"yes\"}");
		HttpResponse<String> noModel = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-5\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"moderation\":{}}");
		HttpResponse<String> plain = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-5\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

		assertThat(notAnObject.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(notAnObject.body()).get("error").get("param").asString()).isEqualTo("moderation");
		assertThat(noModel.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noModel.body()).get("error").get("param").asString()).isEqualTo("moderation.model");
		assertThat(JSON.readTree(plain.body()).has("moderation")).isFalse();
	}

}
