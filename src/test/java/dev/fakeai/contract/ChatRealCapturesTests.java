package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
