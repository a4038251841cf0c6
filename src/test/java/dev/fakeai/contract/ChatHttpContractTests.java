package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.Capability;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.catalog.ProviderCatalogs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.fakeai.contract.HttpContractTests.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP chat completions: every response and every stream frame validates against the
 * official OpenAPI description, frames are {@code data: } lines ending with
 * {@code data: [DONE]}, and errors use the envelope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatHttpContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private HttpResponse<String> post(String body, String... headers) {
		List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
		all.addAll(List.of(headers));
		return ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/chat/completions", all.toArray(new String[0]))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o", "o3", "deepseek-reasoner", "meta-llama/Llama-3.1-8B-Instruct",
			"claude-sonnet-4-5-20250929", "an-unknown-model-13b" })
	void responsesValidate(String model) {
		HttpResponse<String> response = post("""
				{"model": "%s", "n": 2, "messages": [{"role": "system", "content": "Be brief."},
				 {"role": "user", "content": "Explain recursion"}]}""".formatted(model));

		assertThat(response.statusCode()).isEqualTo(200);
		assertValidChat(response);
	}

	@Test
	void toolCallAndLogprobResponsesValidate() {
		assertValid("CreateChatCompletionResponse", post("""
				{"model": "gpt-4o", "messages": [{"role": "user", "content": "What is the weather in Rome?"}],
				 "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object",
				   "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]}"""));
		assertValid("CreateChatCompletionResponse",
				post("""
						{"model": "gpt-4o", "logprobs": true, "top_logprobs": 5, "messages": [{"role": "user", "content": "Hi"}]}"""));
	}

	@Test
	void everyStreamFrameValidatesAndTheStreamEndsWithDone() {
		HttpResponse<String> response = post("""
				{"model": "gpt-4o", "stream": true, "n": 2, "logprobs": true, "stream_options": {"include_usage": true},
				 "messages": [{"role": "user", "content": "What is the weather in Rome?"}],
				 "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object",
				   "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]}""");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<String> frames = List.of(response.body().split("\n\n"));
		assertThat(frames).allMatch((frame) -> frame.startsWith("data: "));
		assertThat(frames.get(frames.size() - 1)).isEqualTo("data: [DONE]");
		for (String frame : frames.subList(0, frames.size() - 1)) {
			assertValidChat("CreateChatCompletionStreamResponse", frame.substring(6));
		}
	}

	@Test
	void reasoningStreamsValidate() {
		HttpResponse<String> response = post("""
				{"model": "deepseek-reasoner", "stream": true, "reasoning_effort": "low",
				 "messages": [{"role": "user", "content": "Why?"}]}""");

		assertThat(response.body()).contains("\"reasoning_content\"");
		String[] frames = response.body().split("\n\n");
		for (int i = 0; i < frames.length - 1; i++) {
			assertValidChat("CreateChatCompletionStreamResponse", frames[i].substring(6));
		}
	}

	static Stream<Arguments> answerKinds() {
		String png = Base64.getEncoder()
			.encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
					0, 4, 0, 0, 0, 3, 0, 8, 2, 0, 0, 0 });
		String audio = Base64.getEncoder().encodeToString(new byte[16_000]);
		String question = "[{\"role\": \"user\", \"content\": \"Describe the moon in JSON\"}]";
		return Stream.of(Arguments.of("content with logprobs", """
				{"model": "gpt-4o", "logprobs": true, "top_logprobs": 4, "messages": %s}""".formatted(question)),
				Arguments.of("json_object",
						"""
								{"model": "gpt-4o", "response_format": {"type": "json_object"}, "messages": %s}"""
							.formatted(question)),
				Arguments.of("json_schema",
						"""
								{"model": "gpt-4o-mini", "messages": %s, "response_format": {"type": "json_schema",
								 "json_schema": {"name": "moon", "strict": true, "schema": {"type": "object", "properties": {
								 "radius_km": {"type": "number", "multipleOf": 0.5}, "facts": {"type": "array", "items": {"type": "string"}}},
								 "required": ["radius_km", "facts"], "additionalProperties": false}}}}"""
							.formatted(question)),
				Arguments.of("prediction",
						"""
								{"model": "gpt-4o", "messages": %s, "prediction": {"type": "content", "content": "a\\nb\\nc"}}"""
							.formatted(question)),
				Arguments.of("image input",
						"""
								{"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "What is it?"},
								 {"type": "image_url", "image_url": {"url": "data:image/png;base64,%s", "detail": "high"}}]}]}"""
							.formatted(png)),
				Arguments.of("audio input",
						"""
								{"model": "gemini-2.5-flash", "messages": [{"role": "user", "content": [{"type": "text", "text": "Hm?"},
								 {"type": "input_audio", "input_audio": {"data": "%s", "format": "mp3"}}]}]}"""
							.formatted(audio)),
				Arguments.of("cached tokens", """
						{"model": "gpt-4o", "messages": [{"role": "system", "content": "%s"},
						 {"role": "user", "content": "Summarize"}]}"""
					.formatted("A long standing instruction. ".repeat(300))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answerKinds")
	void everyKindOfAnswerValidatesBlockingAndStreamed(String kind, String body) {
		HttpResponse<String> first = post(body);
		HttpResponse<String> blocking = post(body);
		HttpResponse<String> delayed = post(body, "X-FakeAI-TTFT-Ms", "5", "X-FakeAI-ITL-Ms", "0");
		HttpResponse<String> streamed = post(
				body.replaceFirst("\\{", "{\"stream\": true, " + "\"stream_options\": {\"include_usage\": true}, "));

		for (HttpResponse<String> response : List.of(first, blocking, delayed)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertValidChat(response);
		}
		List<String> frames = streamFrames(streamed);
		assertThat(frames).hasSizeGreaterThan(2);
		if (kind.equals("cached tokens")) {
			assertThat(JSON.readTree(blocking.body()).at("/usage/prompt_tokens_details/cached_tokens").asInt())
				.isGreaterThanOrEqualTo(1024);
		}
		if (kind.equals("content with logprobs")) {
			assertThat(frames.get(1)).contains("\"top_logprobs\"");
		}
	}

	@Test
	void latencyHeadersChangeTheTimingNotTheAnswer() {
		String body = """
				{"model": "gpt-4o", "seed": 3, "messages": [{"role": "user", "content": "Explain recursion"}]}""";

		HttpResponse<String> instant = post(body);
		HttpResponse<String> delayed = post(body, "X-FakeAI-TTFT-Ms", "30", "X-FakeAI-ITL-Ms", "1");
		HttpResponse<String> streamed = post(body.replace("\"seed\"", "\"stream\": true, \"seed\""),
				"X-FakeAI-Speed-Factor", "0.05");

		assertThat(delayed.statusCode()).isEqualTo(200);
		assertValid("CreateChatCompletionResponse", instant);
		assertValid("CreateChatCompletionResponse", delayed);
		String content = JSON.readTree(instant.body()).at("/choices/0/message/content").asString();
		assertThat(content).isNotBlank();
		assertThat(JSON.readTree(delayed.body()).at("/choices/0/message/content").asString()).isEqualTo(content);
		StringBuilder streamedContent = new StringBuilder();
		for (String frame : streamFrames(streamed)) {
			streamedContent.append(JSON.readTree(frame).at("/choices/0/delta/content").asString(""));
		}
		assertThat(streamedContent).hasToString(content);
	}

	/**
	 * The data of every frame but {@code [DONE]}, each validated against the OpenAPI
	 * description.
	 */
	static List<String> streamFrames(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> frames = List.of(response.body().split("\n\n"));
		assertThat(frames).allMatch((frame) -> frame.startsWith("data: "));
		assertThat(frames.get(frames.size() - 1)).isEqualTo("data: [DONE]");
		List<String> data = new ArrayList<>();
		for (String frame : frames.subList(0, frames.size() - 1)) {
			String json = frame.substring(6);
			assertValidChat("CreateChatCompletionStreamResponse", json);
			data.add(json);
		}
		return data;
	}

	private static final ModelRegistry CATALOG = new ModelRegistry(ProviderCatalogs.all(),
			FakeAiProperties.Models.defaults());

	/**
	 * Validates a chat completion or chunk against the OpenAPI description, with the two
	 * deliberate exceptions the real API makes for some model families (docs/chat.md): no
	 * {@code logprobs} key in the choices of a model without the {@code logprobs} flag,
	 * and a {@code null} {@code system_fingerprint} for a model without the
	 * {@code system_fingerprint} flag. Any other error, or either of these for a model
	 * with the flag, fails.
	 */
	static void assertValidChat(String schema, String json) {
		String model = JSON.readTree(json).path("model").asString("");
		ModelDefinition definition = CATALOG.get(model, false).orElse(null);
		boolean noLogprobs = definition != null && !definition.has(Capability.LOGPROBS);
		boolean noFingerprint = definition != null && !definition.has(Capability.SYSTEM_FINGERPRINT);
		List<String> errors = new ArrayList<>(OpenApiSchemas.get().errors(schema, json));
		errors
			.removeIf((error) -> (noLogprobs && error.matches("/choices/\\d+: required property 'logprobs' not found"))
					|| (noFingerprint && error.equals("/system_fingerprint: null found, string expected")));
		assertThat(errors).as(json).isEmpty();
	}

	static void assertValidChat(HttpResponse<String> response) {
		assertValidChat("CreateChatCompletionResponse", response.body());
	}

	@Test
	void errorsUseTheEnvelope() {
		HttpResponse<String> malformed = post("{\"model\": ");
		HttpResponse<String> invalid = post("{\"model\": \"gpt-4o\", \"messages\": [], \"n\": 1}");
		HttpResponse<String> badHeader = post(
				"{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", " + "\"content\": \"Hi\"}]}",
				"X-FakeAI-Speed-Factor", "fast");
		HttpResponse<String> notChat = post(
				"{\"model\": \"whisper-1\", \"messages\": [{\"role\": \"user\", " + "\"content\": \"Hi\"}]}");

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"param\":\"messages\"", "\"code\":\"empty_array\"");
		assertThat(badHeader.statusCode()).isEqualTo(400);
		assertThat(notChat.statusCode()).isEqualTo(404);
		for (HttpResponse<String> response : List.of(malformed, invalid, badHeader, notChat)) {
			assertValid("ErrorResponse", response);
		}
	}

}
