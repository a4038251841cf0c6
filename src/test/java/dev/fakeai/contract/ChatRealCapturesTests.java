package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat completions held against captures of the real API (2025-2026), each expected body
 * or shape copied from the capture cited in
 * {@code shared/reference/chat-real-captures.md} under the finding named in the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatRealCapturesTests {

	@LocalServerPort
	int port;

	static HttpResponse<String> chat(int port, String body, String... headers) {
		List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
		all.addAll(List.of(headers));
		return ContractTestClients
			.send(ContractTestClients.request(port, "/v1/chat/completions", all.toArray(new String[0]))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	private HttpResponse<String> ask(String model) {
		return chat(this.port,
				"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
	}

	/** D1: pydantic-ai {@code test_model_name_suggestion[openai-chat].yaml}, 2026. */
	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o-mnii", "gtp-4", "gpt-4oo", "o3-mni", "gpt-4o-min" })
	void aTypoOfAKnownModelIsTheReal404(String model) {
		HttpResponse<String> response = ask(model);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"The model `" + model
				+ "` does not exist or you do not have access to it.\",\"type\":\"invalid_request_error\","
				+ "\"param\":null,\"code\":\"model_not_found\"}}");
		assertThat(response.headers().firstValue("X-FakeAI-Model-Suggestions")).isPresent();
	}

	/** D1: puter #1303, chatwise-releases #1122. */
	@ParameterizedTest
	@ValueSource(strings = { "o3-pro", "gpt-5-pro", "gpt-5-codex", "o1-pro" })
	void responsesOnlyModelsAreTheReal404OnChatAndServedByResponses(String model) {
		HttpResponse<String> chat = ask(model);
		HttpResponse<String> responses = ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/responses", "Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"" + model + "\", \"input\": \"Hi\"}"))
				.build());

		assertThat(chat.statusCode()).isEqualTo(404);
		assertThat(chat.body()).isEqualTo(
				error("This model is only supported in v1/responses and not in v1/chat/completions.", "model", null));
		assertThat(responses.statusCode()).as(responses.body()).isEqualTo(200);
	}

	@Test
	void suggestionsNameModelsThatServeTheEndpoint() {
		HttpResponse<String> response = ask("gpt-4o-mnii");

		assertThat(response.headers().firstValue("X-FakeAI-Model-Suggestions")).hasValueSatisfying(
				(suggestions) -> assertThat(suggestions).startsWith("gpt-4o-mini").doesNotContain("embedding"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "my-org/llama-3-70b-custom", "acme-chat-7b", "gpt-4o", "gpt-4o-mini-2024-07-18",
			"meta-llama/llama-3.1-8b-instruct" })
	void knownNamesTheirSpellingsAndNewNamesAreServed(String model) {
		assertThat(ask(model).statusCode()).isEqualTo(200);
	}

	/**
	 * D11: OpenAI names the catalog does not list answer with their dated snapshot, as
	 * pydantic-ai's gpt-5.4-mini captures do ({@code gpt-5.4-mini-2026-03-17}).
	 */
	@Test
	void openAiNamesMadeOnFirstUseAnswerWithTheirDatedSnapshot() {
		JsonNode completion = JSON.readTree(ask("gpt-5.4-mini").body());

		assertThat(completion.get("model").asString()).isEqualTo("gpt-5.4-mini-2026-03-17");
		assertThat(completion.get("system_fingerprint").isNull()).isTrue();
	}

	private static String error(String message, String param, String code) {
		return "{\"error\":{\"message\":\"" + message.replace("\"", "\\\"")
				+ "\",\"type\":\"invalid_request_error\",\"param\":" + ((param != null) ? "\"" + param + "\"" : "null")
				+ ",\"code\":" + ((code != null) ? "\"" + code + "\"" : "null") + "}}";
	}

	private static final String TOOL_CALL = "{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": "
			+ "\"call_1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{}\"}}, {\"id\": "
			+ "\"call_2\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{}\"}}]}";

	/**
	 * D2: requests the real API rejects, with its bodies (osaurus #649 2026-03 for the
	 * unknown parameter; smolagents #1671 for {@code stop}; smarter #264 and cai #111 for
	 * tool turns; ExtractThinker #346 and NextChat #3195 for the output cap;
	 * langchain_dart #712 and coroot #698 for {@code reasoning_effort}).
	 */
	@Test
	void whatTheRealApiRejectsIsRejectedInItsWords() {
		String user = "{\"role\": \"user\", \"content\": \"Hi\"}";
		assertRejected("{\"model\": \"gpt-4o\", \"foo\": 1, \"messages\": [" + user + "]}",
				error("Unknown parameter: 'foo'.", "foo", "unknown_parameter"));
		assertRejected("{\"model\": \"gpt-5\", \"stop\": [\"\\n\"], \"messages\": [" + user + "]}", error(
				"Unsupported parameter: 'stop' is not supported with this model.", "stop", "unsupported_parameter"));
		assertRejected(
				"{\"model\": \"gpt-4o\", \"messages\": [" + user
						+ ", {\"role\": \"tool\", \"tool_call_id\": \"call_1\", \"content\": \"18C\"}]}",
				error("Invalid parameter: messages with role 'tool' must be a response to a preceeding message with "
						+ "'tool_calls'.", "messages.[1].role", null));
		assertRejected(
				"{\"model\": \"gpt-4o\", \"messages\": [" + user + ", " + TOOL_CALL
						+ ", {\"role\": \"tool\", \"tool_call_id\": \"call_1\", \"content\": \"18C\"}, " + user + "]}",
				error("An assistant message with 'tool_calls' must be followed by tool messages responding to each "
						+ "'tool_call_id'. The following tool_call_ids did not have response messages: call_2",
						"messages.[1].role", null));
		assertRejected("{\"model\": \"gpt-4o\", \"max_tokens\": 32000, \"messages\": [" + user + "]}", error(
				"max_tokens is too large: 32000. This model supports at most 16384 completion tokens, whereas you "
						+ "provided 32000.",
				"max_tokens", null));
		assertRejected("{\"model\": \"gpt-4o-mini\", \"reasoning_effort\": \"low\", \"messages\": [" + user + "]}",
				error("Unrecognized request argument supplied: reasoning_effort", null, null));
	}

	/**
	 * D9: NextChat #4064 (invalid JSON), docker-agent #63 and langchainjs #4153
	 * ({@code content: null}), ailoy #109 (the tool-name pattern).
	 */
	@Test
	void errorsAreWordedAsCaptured() {
		assertRejected("{\"model\": ", error(
				"We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
						+ "HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid "
						+ "JSON. If you have trouble figuring out how to fix this, please contact us through our help "
						+ "center at help.openai.com.)",
				null, null));
		assertRejected("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": null}]}",
				error("Invalid value for 'content': expected a string, got null.", "messages.[0].content", null));
		String tool = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], "
				+ "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"%s\"}}]}";
		assertRejected(tool.formatted("get weather"),
				error("Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches "
						+ "the pattern '^[a-zA-Z0-9_-]+$'.", "tools[0].function.name", "invalid_value"));
		assertRejected(tool.formatted("f".repeat(65)), error(
				"Invalid 'tools[0].function.name': string too long. Expected a string with maximum length 64, but "
						+ "got a string with length 65 instead.",
				"tools[0].function.name", "string_above_max_length"));
	}

	@Test
	void answeredToolTurnsAreServed() {
		HttpResponse<String> response = chat(this.port, "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", "
				+ "\"content\": \"Hi\"}, " + TOOL_CALL + ", {\"role\": \"tool\", \"tool_call_id\": \"call_2\", "
				+ "\"content\": \"a\"}, {\"role\": \"tool\", \"tool_call_id\": \"call_1\", \"content\": \"b\"}]}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private void assertRejected(String body, String expected) {
		HttpResponse<String> response = chat(this.port, body);

		assertThat(response.statusCode()).as(body).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * D7: GoModel {@code chat_completion.json}, {@code chat_with_tools.json}; vercel
	 * fixtures.
	 */
	@Test
	void keysAreInTheCapturedOrder() {
		JsonNode completion = JSON
			.readTree(chat(this.port, "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", "
					+ "\"content\": \"Weather in Rome?\"}], \"tool_choice\": \"required\", \"tools\": [{\"type\": \"function\", "
					+ "\"function\": {\"name\": \"get_weather\", \"parameters\": {\"type\": \"object\", \"properties\": "
					+ "{\"city\": {\"type\": \"string\"}}}}}]}")
				.body());

		assertThat(completion.propertyNames()).containsExactly("id", "object", "created", "model", "choices", "usage",
				"service_tier", "system_fingerprint");
		assertThat(completion.at("/choices/0").propertyNames()).containsExactly("index", "message", "logprobs",
				"finish_reason");
		assertThat(completion.at("/choices/0/message").propertyNames()).containsExactly("role", "content", "tool_calls",
				"refusal", "annotations");
	}

	/**
	 * D4: pydantic-ai
	 * {@code test_openai_model_settings_temperature_ignored_on_gpt_5.yaml} (gpt-5:
	 * {@code system_fingerprint} null, no {@code logprobs} key) and GoModel
	 * {@code chat_completion_reasoning.json} (o3-mini: a fingerprint, no {@code logprobs}
	 * key).
	 */
	@Test
	void reasoningFamiliesAnswerWithTheirCapturedShape() {
		JsonNode gpt5 = JSON.readTree(ask("gpt-5").body());
		JsonNode o3mini = JSON.readTree(ask("o3-mini").body());
		JsonNode gpt4o = JSON.readTree(ask("gpt-4o").body());

		assertThat(gpt5.get("system_fingerprint").isNull()).isTrue();
		assertThat(gpt5.at("/choices/0").propertyNames()).containsExactly("index", "message", "finish_reason");
		assertThat(o3mini.get("system_fingerprint").asString()).matches("fp_[0-9a-f]{10}");
		assertThat(o3mini.at("/choices/0").has("logprobs")).isFalse();
		assertThat(gpt4o.at("/choices/0").has("logprobs")).isTrue();
		String stream = chat(this.port, "{\"model\": \"gpt-5\", \"stream\": true, \"messages\": [{\"role\": \"user\", "
				+ "\"content\": \"Hi\"}]}")
			.body();
		for (String frame : stream.split("\n\n")) {
			if (!frame.equals("data: [DONE]")) {
				JsonNode chunk = JSON.readTree(frame.substring(6));
				assertThat(chunk.get("system_fingerprint").isNull()).isTrue();
				assertThat(chunk.at("/choices/0").has("logprobs")).isFalse();
			}
		}
	}

	/** D11: logprobs print as float32, as in every capture ({@code -0.31725305}). */
	@Test
	void logprobsAreFloat32() {
		JsonNode completion = JSON.readTree(chat(this.port, "{\"model\": \"gpt-4o\", \"logprobs\": true, "
				+ "\"top_logprobs\": 3, \"messages\": [{\"role\": \"user\", \"content\": \"Tell me about the sea\"}]}")
			.body());

		JsonNode tokens = completion.at("/choices/0/logprobs/content");
		assertThat(tokens.size()).isPositive();
		for (JsonNode token : tokens) {
			String printed = token.get("logprob").toString();
			assertThat(printed).isEqualTo(Float.toString(Float.parseFloat(printed)));
		}
	}

	/**
	 * D3 and D10: obfuscation on every chunk (pydantic-ai streams); the stream's type.
	 */
	@Test
	void streamsPadEveryChunkAndSayTheirType() {
		HttpResponse<String> response = chat(this.port, "{\"model\": \"gpt-4o\", \"stream\": true, \"stream_options\": "
				+ "{\"include_usage\": true}, \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream;charset=utf-8");
		String[] frames = response.body().split("\n\n");
		for (int i = 0; i < frames.length - 1; i++) {
			assertThat(frames[i]).matches("data: \\{.*,\"obfuscation\":\"[A-Za-z0-9]{0,15}\"}");
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "fakeai.latency.speed-factor=0", "fakeai.compat.strict-parameters=false" })
	class Leniently {

		@LocalServerPort
		int lenientPort;

		@ParameterizedTest
		@ValueSource(strings = { "\"foo\": 1", "\"stop\": [\"x\"]", "\"max_tokens\": 32000" })
		void whatStrictModeRejectsIsServed(String extra) {
			HttpResponse<String> response = chat(this.lenientPort,
					"{\"model\": \"gpt-5\", " + extra + ", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "fakeai.latency.speed-factor=0", "fakeai.models.profile=openai" })
	class WithTheOpenAiProfile {

		@LocalServerPort
		int openaiPort;

		@ParameterizedTest
		@ValueSource(strings = { "my-org/llama-3-70b-custom", "GPT-4o", "gpt-4o-mnii" })
		void everyUnknownNameIsThe404(String model) {
			HttpResponse<String> response = chat(this.openaiPort,
					"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).contains("\"code\":\"model_not_found\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "gpt-4o", "gpt-4o-2024-08-06", "meta-llama/Llama-3.1-8B-Instruct" })
		void idsAndAliasesAreServed(String model) {
			assertThat(chat(this.openaiPort,
					"{\"model\": \"" + model + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}")
				.statusCode()).isEqualTo(200);
		}

	}

}
