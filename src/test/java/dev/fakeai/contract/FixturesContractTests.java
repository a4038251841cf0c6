package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStreamEvent;
import dev.fakeai.engine.TestEngines;
import dev.fakeai.models.Tokenizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The integration-test backend through openai-java: the documented two-step agent loop on
 * chat and the Responses API (blocking and streamed), a scripted completion, scripted
 * failures with and without retries, and the journal of what the client sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.latency.speed-factor=0", "fakeai.fixtures.paths=classpath:fixtures/agent-loop.yaml" })
class FixturesContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ANSWER = "Your refund for order A-1 is on its way.";

	private static final Map<String, Object> ORDER_SCHEMA = Map.of("type", "object", "properties",
			Map.of("order_id", Map.of("type", "string")), "required", List.of("order_id"), "additionalProperties",
			false);

	@LocalServerPort
	int port;

	@BeforeEach
	void reset() {
		HttpResponse<String> reset = ContractTestClients.send(ContractTestClients.request(this.port, "/__admin/reset")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(reset.statusCode()).isEqualTo(200);
	}

	private OpenAIClient client() {
		return ContractTestClients.sdk(this.port, "sk-secret-never-journaled-0001");
	}

	private static ChatCompletionFunctionTool lookupTool() {
		FunctionParameters.Builder parameters = FunctionParameters.builder();
		ORDER_SCHEMA.forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
		return ChatCompletionFunctionTool.builder()
			.function(FunctionDefinition.builder()
				.name("lookup_order")
				.description("Finds an order")
				.parameters(parameters.build())
				.build())
			.build();
	}

	private static FunctionTool responsesLookupTool() {
		FunctionTool.Parameters.Builder parameters = FunctionTool.Parameters.builder();
		ORDER_SCHEMA.forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
		return FunctionTool.builder().name("lookup_order").parameters(parameters.build()).strict(true).build();
	}

	private static ChatCompletionCreateParams.Builder refundQuestion() {
		return ChatCompletionCreateParams.builder()
			.model("gpt-4o-mini")
			.addUserMessage("I would like a refund for my last order.")
			.addTool(lookupTool());
	}

	@Test
	void theChatAgentLoopRunsAsScripted() {
		ChatCompletion first = client().chat().completions().create(refundQuestion().build());

		ChatCompletionMessageFunctionToolCall call = ContractTestClients.firstToolCall(first);
		assertThat(first.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
		assertThat(call.function().name()).isEqualTo("lookup_order");
		assertThat(call.function().arguments()).isEqualTo("{\"order_id\":\"A-1\"}");

		ChatCompletion second = client().chat()
			.completions()
			.create(refundQuestion().addMessage(first.choices().get(0).message())
				.addMessage(ChatCompletionToolMessageParam.builder()
					.toolCallId(call.id())
					.content("{\"status\": \"refunded\"}")
					.build())
				.build());

		assertThat(second.choices().get(0).message().content()).hasValue(ANSWER);
		assertThat(second.usage().orElseThrow().completionTokens())
			.isEqualTo(TestEngines.COUNTER.count(Tokenizer.O200K_BASE, ANSWER));
	}

	@Test
	void theChatAgentLoopRunsAsScriptedWhenStreamed() {
		ChatCompletionAccumulator calls = ChatCompletionAccumulator.create();
		try (StreamResponse<ChatCompletionChunk> stream = client().chat()
			.completions()
			.createStreaming(refundQuestion().build())) {
			stream.stream().forEach(calls::accumulate);
		}
		ChatCompletion first = calls.chatCompletion();
		ChatCompletionMessageFunctionToolCall call = ContractTestClients.firstToolCall(first);
		assertThat(call.function().arguments()).isEqualTo("{\"order_id\":\"A-1\"}");

		ChatCompletionAccumulator answer = ChatCompletionAccumulator.create();
		try (StreamResponse<ChatCompletionChunk> stream = client().chat()
			.completions()
			.createStreaming(refundQuestion().addMessage(first.choices().get(0).message())
				.addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call.id()).content("refunded").build())
				.build())) {
			stream.stream().forEach(answer::accumulate);
		}

		assertThat(answer.chatCompletion().choices().get(0).message().content()).hasValue(ANSWER);
	}

	@ParameterizedTest(name = "streamed: {0}")
	@ValueSource(booleans = { false, true })
	void theResponsesAgentLoopRunsAsScripted(boolean streamed) {
		ResponseCreateParams question = ResponseCreateParams.builder()
			.model("gpt-4o")
			.input("Can I get a refund?")
			.addTool(responsesLookupTool())
			.build();
		Response first = respond(question, streamed);
		ResponseFunctionToolCall call = first.output()
			.stream()
			.flatMap((item) -> item.functionCall().stream())
			.findFirst()
			.orElseThrow();
		assertThat(call.name()).isEqualTo("lookup_order");
		assertThat(call.arguments()).isEqualTo("{\"order_id\":\"A-1\"}");

		Response second = respond(ResponseCreateParams.builder()
			.model("gpt-4o")
			.previousResponseId(first.id())
			.inputOfResponse(List.of(ResponseInputItem.ofFunctionCallOutput(
					ResponseInputItem.FunctionCallOutput.builder().callId(call.callId()).output("refunded").build())))
			.addTool(responsesLookupTool())
			.build(), streamed);

		assertThat(second.output()).singleElement()
			.satisfies(
					(item) -> assertThat(item.asMessage().content().get(0).outputText().map(ResponseOutputText::text))
						.hasValue(ANSWER));
	}

	private Response respond(ResponseCreateParams params, boolean streamed) {
		if (!streamed) {
			return client().responses().create(params);
		}
		ResponseAccumulator accumulator = ResponseAccumulator.create();
		try (StreamResponse<ResponseStreamEvent> stream = client().responses().createStreaming(params)) {
			stream.stream().forEach(accumulator::accumulate);
		}
		return accumulator.response();
	}

	@ParameterizedTest(name = "streamed: {0}")
	@ValueSource(booleans = { false, true })
	void aScriptedRefusalIsTheResponsesApisRefusalPart(boolean streamed) {
		admin("POST", "/__admin/fixtures",
				"""
						{"match": {"endpoint": "responses", "user": "refuse"}, "respond": {"refusal": "I can't help with that."}}""");

		Response refused = respond(ResponseCreateParams.builder().model("gpt-4o-mini").input("refuse").build(),
				streamed);

		assertThat(refused.output()).singleElement()
			.satisfies((item) -> assertThat(item.asMessage().content()).singleElement()
				.satisfies((part) -> assertThat(part.asRefusal().refusal()).isEqualTo("I can't help with that.")));
		if (streamed) {
			List<JsonNode> events = ResponsesHttpContractTests.events(ContractTestClients
				.send(ContractTestClients.request(this.port, "/v1/responses", "Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"model\": \"gpt-4o-mini\", \"input\": \"refuse\", \"stream\": true}"))
					.build()));
			assertThat(events).extracting((event) -> event.get("type").asString())
				.contains("response.refusal.delta", "response.refusal.done");
		}
	}

	@Test
	void legacyCompletionsAnswerWithTheScriptedText() {
		Completion completion = client().completions()
			.create(CompletionCreateParams.builder()
				.model("gpt-3.5-turbo-instruct")
				.prompt("Once upon a time")
				.maxTokens(50)
				.build());

		assertThat(completion.choices().get(0).text()).isEqualTo(" there was a test that always passed.");
	}

	@Test
	void aScriptedFailureIsTheSdksTypedExceptionAndRetriesRecover() {
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> client().chat()
				.completions()
				.create(ChatCompletionCreateParams.builder()
					.model("gpt-4o-mini")
					.addUserMessage("please fail this call")
					.build()))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(429);
				assertThat(ex.code()).hasValue("rate_limit_exceeded");
			});
		admin("POST", "/__admin/fixtures", """
				{"match": {"user": "flaky"}, "sequence": [{"error": {"status": 503}}, {"content": "Recovered."}]}""");
		OpenAIClient retrying = OpenAIOkHttpClient.builder()
			.baseUrl("http://localhost:" + this.port + "/v1")
			.apiKey("sk-test")
			.maxRetries(2)
			.build();

		ChatCompletion recovered = retrying.chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("flaky").build());

		assertThat(recovered.choices().get(0).message().content()).hasValue("Recovered.");
	}

	@Test
	void embeddingsAndModerationsTakeScriptedFailuresFromFixturesThatNameThem() {
		admin("POST", "/__admin/fixtures", """
				[{"match": {"endpoint": "embeddings", "user": {"contains": "overload"}},
				  "respond": {"error": {"status": 503}}},
				 {"match": {"endpoint": "moderations", "user": "flag me"},
				  "respond": {"error": {"status": 500}}},
				 {"match": {"endpoint": "embeddings", "user": "wrong"}, "respond": {"content": "text"}},
				 {"match": {"user": {"contains": "refund"}}, "respond": {"content": "not for embeddings"}}]""");

		assertThatExceptionOfType(com.openai.errors.InternalServerException.class)
			.isThrownBy(() -> client().embeddings()
				.create(EmbeddingCreateParams.builder()
					.model("text-embedding-3-small")
					.input("this will overload")
					.build()))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(503));
		assertThatExceptionOfType(com.openai.errors.InternalServerException.class)
			.isThrownBy(() -> client().moderations().create(ModerationCreateParams.builder().input("flag me").build()));
		assertThatExceptionOfType(com.openai.errors.BadRequestException.class)
			.isThrownBy(() -> client().embeddings()
				.create(EmbeddingCreateParams.builder().model("text-embedding-3-small").input("wrong").build()))
			.satisfies((ex) -> assertThat(ex.code()).hasValue("fixture_invalid"));
		assertThat(client().embeddings()
			.create(EmbeddingCreateParams.builder().model("text-embedding-3-small").input("my refund").build())
			.data()).hasSize(1);
	}

	@Test
	void theJournalShowsWhatTheClientSentWithoutItsKey() {
		ChatCompletion first = client().chat().completions().create(refundQuestion().build());
		client().chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4.1-nano").addUserMessage("Hello").build());

		JsonNode journal = JSON.readTree(admin("GET", "/__admin/requests?path=/v1/chat/completions", null).body());

		assertThat(journal.get("data")).hasSize(2);
		JsonNode newest = journal.at("/data/0");
		assertThat(newest.get("model").asString()).isEqualTo("gpt-4.1-nano");
		assertThat(newest.get("fixture").isNull()).as("simulated").isTrue();
		JsonNode scripted = journal.at("/data/1");
		assertThat(scripted.get("id").asString()).matches("req_[0-9a-f]{32}");
		assertThat(scripted.get("status").asInt()).isEqualTo(200);
		assertThat(scripted.get("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(scripted.get("resolved_model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(scripted.get("fixture").asString()).endsWith("agent-loop.yaml#1");
		assertThat(scripted.at("/request/tools/0/function/name").asString()).isEqualTo("lookup_order");
		assertThat(scripted.at("/request/messages/0/content").asString()).contains("refund");
		assertThat(scripted.at("/response/id").asString()).isEqualTo(first.id());
		assertThat(scripted.get("headers").has("authorization")).isFalse();
		assertThat(journal.toString()).doesNotContain("sk-secret-never-journaled");
		assertThat(
				JSON.readTree(admin("GET", "/__admin/requests?model=gpt-4.1-nano&status=200", null).body()).get("data"))
			.hasSize(1);
	}

	@Test
	void aStreamIsJournaledAsItsAssembledChoicesUnderTheIdItWasSent() {
		HttpResponse<String> streamed = ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/chat/completions", "Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"model": "gpt-4o-mini", "stream": true, "messages": [
						  {"role": "user", "content": "refund please"},
						  {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
						    "function": {"name": "lookup_order", "arguments": "{}"}}]},
						  {"role": "tool", "tool_call_id": "call_1", "content": "ok"}]}"""))
				.build());
		String id = streamed.headers().firstValue("x-request-id").orElseThrow();

		JsonNode entry = JSON.readTree(admin("GET", "/__admin/requests", null).body()).at("/data/0");

		assertThat(entry.get("id").asString()).isEqualTo(id);
		assertThat(entry.get("streamed").asBoolean()).isTrue();
		assertThat(entry.at("/response/0/content").asString()).isEqualTo(ANSWER);
		assertThat(entry.at("/response/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(entry.get("fixture").asString()).endsWith("agent-loop.yaml#2");
	}

	@Test
	void theAdminApiAddsListsAndRemovesFixtures() {
		HttpResponse<String> added = admin("POST", "/__admin/fixtures",
				"{\"name\": \"hello\", \"match\": {\"user\": \"hi\"}, \"respond\": {\"content\": \"Scripted hi.\"}}");
		assertThat(added.statusCode()).isEqualTo(201);
		String id = JSON.readTree(added.body()).at("/data/0/id").asString();

		assertThat(JSON.readTree(admin("GET", "/__admin/fixtures", null).body()).get("data"))
			.extracting((fixture) -> fixture.get("name").asString())
			.contains("hello", "completion");
		assertThat(client().chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("hi").build())
			.choices()
			.get(0)
			.message()
			.content()).hasValue("Scripted hi.");

		assertThat(admin("DELETE", "/__admin/fixtures/" + id, null).statusCode()).isEqualTo(200);
		HttpResponse<String> again = admin("DELETE", "/__admin/fixtures/" + id, null);
		assertThat(again.statusCode()).isEqualTo(404);
		HttpContractTests.assertValid("ErrorResponse", again);
		HttpResponse<String> yaml = ContractTestClients
			.send(ContractTestClients.request(this.port, "/__admin/fixtures", "Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("match: { user: hi }\nrespond: { contnet: oops }\n"))
				.build());
		assertThat(yaml.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(yaml.body()).at("/error/message").asString())
			.startsWith("admin API: fixture 1: respond.contnet: unknown key");
		assertThat(JSON.readTree(yaml.body()).at("/error/code").asString()).isEqualTo("fixture_invalid");
		assertThat(JSON.readTree(admin("DELETE", "/__admin/fixtures", null).body()).get("deleted").asInt())
			.isEqualTo(4);
		assertThat(JSON.readTree(admin("GET", "/__admin/fixtures", null).body()).get("data")).isEmpty();
	}

	private HttpResponse<String> admin(String method, String path, String body) {
		return ContractTestClients.send(ContractTestClients.request(this.port, path, "Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build());
	}

}
