package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.fakeai.contract.HttpContractTests.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP Responses API: every response, every stream event and every input item list
 * validates against the official OpenAPI description; streams follow the event grammar
 * the SDK helpers enforce (named events, numbered from 0, parts before their deltas, no
 * {@code [DONE]}); errors use the envelope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ResponsesHttpContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WEATHER_TOOL = "{\"type\": \"function\", \"name\": \"get_weather\", \"description\": "
			+ "\"Get the weather in a city\", \"parameters\": {\"type\": \"object\", \"properties\": "
			+ "{\"city\": {\"type\": \"string\"}, \"unit\": {\"type\": \"string\", \"enum\": [\"c\", \"f\"]}}}}";

	@LocalServerPort
	int port;

	private HttpResponse<String> post(String path, String body) {
		return ContractTestClients.send(ContractTestClients.request(this.port, path, "Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> create(String body) {
		return post("/v1/responses", body);
	}

	static Stream<Arguments> kindsOfAnswer() {
		return Stream.of(Arguments.of("text", "{\"model\": \"gpt-4o\", \"input\": \"Tell me about the sea\"}"),
				Arguments.of("instructions and metadata",
						"{\"model\": \"gpt-4.1-mini\", \"instructions\": \"Be brief.\", \"input\": \"Hi\", "
								+ "\"metadata\": {\"run\": \"42\"}, \"user\": \"u-1\", \"prompt_cache_key\": \"k\", "
								+ "\"safety_identifier\": \"s-1\", \"temperature\": 0.2, \"top_p\": 0.9}"),
				Arguments.of("function call",
						"{\"model\": \"gpt-4o\", \"input\": \"What is the weather in Rome?\", \"tools\": ["
								+ WEATHER_TOOL + "], \"tool_choice\": \"required\"}"),
				Arguments.of("allowed tools",
						"{\"model\": \"gpt-4o\", \"input\": \"What is the weather in Rome?\", \"tools\": ["
								+ WEATHER_TOOL + "], \"tool_choice\": {\"type\": \"allowed_tools\", \"mode\": "
								+ "\"required\", \"tools\": [{\"type\": \"function\", \"name\": \"get_weather\"}]}}"),
				Arguments.of("json schema",
						"{\"model\": \"gpt-4o\", \"input\": \"Describe Rome\", \"text\": {\"format\": {\"type\": "
								+ "\"json_schema\", \"name\": \"city\", \"strict\": true, \"schema\": {\"type\": "
								+ "\"object\", \"properties\": {\"name\": {\"type\": \"string\"}}, \"required\": "
								+ "[\"name\"], \"additionalProperties\": false}}, \"verbosity\": \"low\"}}"),
				Arguments.of("json object",
						"{\"model\": \"gpt-4o\", \"input\": \"Describe Rome as JSON\", \"text\": {\"format\": "
								+ "{\"type\": \"json_object\"}}}"),
				Arguments.of("reasoning summary",
						"{\"model\": \"o4-mini\", \"input\": \"Why is the sky blue?\", \"reasoning\": "
								+ "{\"effort\": \"low\", \"summary\": \"detailed\"}, "
								+ "\"include\": [\"reasoning.encrypted_content\"]}"),
				Arguments.of("visible reasoning",
						"{\"model\": \"deepseek-reasoner\", \"input\": \"Why is the sky "
								+ "blue?\", \"reasoning\": {\"effort\": \"low\"}}"),
				Arguments.of("logprobs",
						"{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"top_logprobs\": 2, "
								+ "\"include\": [\"message.output_text.logprobs\"]}"),
				Arguments.of("incomplete", "{\"model\": \"gpt-4o\", \"input\": \"Tell me about the sea\", "
						+ "\"max_output_tokens\": 16}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kindsOfAnswer")
	void everyKindOfAnswerValidatesBlockingAndStreamed(String kind, String body) {
		HttpResponse<String> blocking = create(body);
		assertThat(blocking.statusCode()).as(blocking.body()).isEqualTo(200);
		assertValid("Response", blocking);
		JsonNode response = JSON.readTree(blocking.body());

		List<JsonNode> events = events(create(body.substring(0, body.length() - 1) + ", \"stream\": true}"));
		JsonNode streamed = events.get(events.size() - 1).get("response");
		assertThat(streamed.get("status").asString()).isEqualTo(response.get("status").asString());
		assertThat(streamed.get("output").size()).isEqualTo(response.get("output").size());
		for (int i = 0; i < response.get("output").size(); i++) {
			assertThat(streamed.get("output").get(i).get("type")).isEqualTo(response.get("output").get(i).get("type"));
		}
	}

	/**
	 * The events of a stream, each checked against the schema and the grammar the SDKs
	 * enforce.
	 */
	static List<JsonNode> events(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.body()).doesNotContain("[DONE]");
		List<JsonNode> events = new ArrayList<>();
		List<String> openItems = new ArrayList<>();
		List<Boolean> partOpen = new ArrayList<>();
		for (String frame : response.body().split("\n\n")) {
			String[] lines = frame.split("\n");
			assertThat(lines).hasSize(2);
			assertThat(lines[0]).startsWith("event: ");
			assertThat(lines[1]).startsWith("data: ");
			String json = lines[1].substring(6);
			assertThat(OpenApiSchemas.get().errors("ResponseStreamEvent", json)).as(json).isEmpty();
			JsonNode event = JSON.readTree(json);
			String type = event.get("type").asString();
			assertThat(type).isEqualTo(lines[0].substring(7));
			assertThat(event.get("sequence_number").asInt()).isEqualTo(events.size());
			if (events.isEmpty()) {
				assertThat(type).isEqualTo("response.created");
			}
			if (type.equals("response.output_item.added")) {
				assertThat(event.get("output_index").asInt()).isEqualTo(openItems.size());
				openItems.add(event.get("item").get("id").asString());
				partOpen.add(false);
			}
			if (event.has("item_id")) {
				int index = event.get("output_index").asInt();
				assertThat(event.get("item_id").asString()).isEqualTo(openItems.get(index));
				if (type.endsWith("content_part.added")) {
					partOpen.set(index, true);
				}
				if (type.equals("response.output_text.delta") || type.equals("response.reasoning_text.delta")) {
					assertThat(partOpen.get(index)).as("delta before its part").isTrue();
				}
			}
			if (type.equals("response.output_item.done")) {
				assertThat(event.get("item").get("id").asString())
					.isEqualTo(openItems.get(event.get("output_index").asInt()));
			}
			events.add(event);
		}
		String last = events.get(events.size() - 1).get("type").asString();
		assertThat(last).isIn("response.completed", "response.incomplete");
		assertThat(events.get(events.size() - 1).get("response").get("output").size()).isEqualTo(openItems.size());
		return events;
	}

	@Test
	void aReasoningModelPutsItsReasoningFirstAndCountsIt() {
		JsonNode response = JSON.readTree(create("{\"model\": \"o3\", \"input\": \"Why is the sky blue?\"}").body());

		assertThat(response.get("output").get(0).get("type").asString()).isEqualTo("reasoning");
		assertThat(response.get("output").get(0).get("summary")).isEmpty();
		assertThat(response.get("output").get(1).get("type").asString()).isEqualTo("message");
		assertThat(response.get("usage").get("output_tokens_details").get("reasoning_tokens").asInt()).isPositive();
		assertThat(response.get("reasoning").get("effort").asString()).isEqualTo("medium");
	}

	@Test
	void theOutputLimitMakesAResponseIncomplete() {
		JsonNode response = JSON
			.readTree(create("{\"model\": \"gpt-4o\", \"input\": \"Tell me about the sea\", \"max_output_tokens\": 16}")
				.body());

		assertThat(response.get("status").asString()).isEqualTo("incomplete");
		assertThat(response.get("incomplete_details").get("reason").asString()).isEqualTo("max_output_tokens");
		assertThat(response.get("usage").get("output_tokens").asInt()).isEqualTo(16);
		assertThat(response.get("completed_at").isNull()).isTrue();
	}

	@Test
	void toolsAreStrictUnlessTheySayOrCannotBe() {
		JsonNode strict = JSON.readTree(
				create("{\"model\": \"gpt-4o\", \"input\": \"Weather in Rome?\", \"tools\": [" + WEATHER_TOOL + "]}")
					.body());
		JsonNode open = JSON.readTree(create("{\"model\": \"gpt-4o\", \"input\": \"Weather in Rome?\", \"tools\": "
				+ "[{\"type\": \"function\", \"name\": \"get_weather\", \"parameters\": {\"type\": \"object\", "
				+ "\"properties\": {\"city\": {\"type\": \"string\"}}, \"additionalProperties\": true}}]}")
			.body());

		JsonNode tool = strict.get("tools").get(0);
		assertThat(tool.get("strict").asBoolean()).isTrue();
		assertThat(tool.get("parameters").get("required")).hasSize(2);
		assertThat(tool.get("parameters").get("additionalProperties").asBoolean()).isFalse();
		assertThat(JSON.readTree(strict.get("output").get(0).get("arguments").asString()).properties())
			.extracting(java.util.Map.Entry::getKey)
			.containsExactlyInAnyOrder("city", "unit");
		assertThat(open.get("tools").get(0).get("strict").asBoolean()).isFalse();
	}

	@Test
	void inputItemsArePagedNewestFirst() {
		JsonNode created = JSON.readTree(create("{\"model\": \"gpt-4o\", \"input\": ["
				+ "{\"role\": \"developer\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": "
				+ "[{\"type\": \"input_text\", \"text\": \"one\"}]}, {\"type\": \"message\", \"role\": \"assistant\", "
				+ "\"content\": \"two\"}, {\"role\": \"user\", \"content\": \"three\"}]}")
			.body());
		String id = created.get("id").asString();

		HttpResponse<String> firstPage = ContractTestClients.get(this.port,
				"/v1/responses/" + id + "/input_items?limit=2");
		JsonNode page = JSON.readTree(firstPage.body());
		HttpResponse<String> secondPage = ContractTestClients.get(this.port,
				"/v1/responses/" + id + "/input_items?limit=2&after=" + page.get("last_id").asString());
		HttpResponse<String> ascending = ContractTestClients.get(this.port,
				"/v1/responses/" + id + "/input_items?order=asc");

		for (HttpResponse<String> response : List.of(firstPage, secondPage, ascending)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertValid("ResponseItemList", response);
		}
		assertThat(page.get("has_more").asBoolean()).isTrue();
		assertThat(page.get("data").get(0).get("content").get(0).get("text").asString()).isEqualTo("three");
		JsonNode rest = JSON.readTree(secondPage.body());
		assertThat(rest.get("has_more").asBoolean()).isFalse();
		assertThat(rest.get("data").get(1).get("role").asString()).isEqualTo("developer");
		assertThat(JSON.readTree(ascending.body()).get("first_id").asString())
			.isEqualTo(rest.get("last_id").asString());
	}

	@Test
	void anItemReferenceBringsBackAStoredItem() {
		JsonNode first = JSON.readTree(create("{\"model\": \"gpt-4o\", \"input\": \"My name is Ada.\"}").body());
		String answerId = first.get("output").get(0).get("id").asString();

		HttpResponse<String> second = create("{\"model\": \"gpt-4o\", \"input\": [{\"type\": \"item_reference\", "
				+ "\"id\": \"" + answerId + "\"}, {\"role\": \"user\", \"content\": \"And now?\"}]}");
		HttpResponse<String> missing = create(
				"{\"model\": \"gpt-4o\", \"input\": [{\"type\": \"item_reference\", " + "\"id\": \"msg_missing\"}]}");

		assertThat(second.statusCode()).isEqualTo(200);
		JsonNode items = JSON.readTree(ContractTestClients
			.get(this.port, "/v1/responses/" + JSON.readTree(second.body()).get("id").asString() + "/input_items")
			.body());
		assertThat(items.get("data").get(1).get("id").asString()).isEqualTo(answerId);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertValid("ErrorResponse", missing);
	}

	@Test
	void aToolLoopMustAnswerEveryCall() {
		JsonNode call = JSON.readTree(create("{\"model\": \"gpt-4o\", \"input\": \"Weather in Rome?\", \"tools\": ["
				+ WEATHER_TOOL + "], \"tool_choice\": \"required\"}")
			.body());
		String id = call.get("id").asString();

		HttpResponse<String> unanswered = create(
				"{\"model\": \"gpt-4o\", \"previous_response_id\": \"" + id + "\", \"input\": \"Well?\"}");
		HttpResponse<String> wrongCall = create("{\"model\": \"gpt-4o\", \"input\": [{\"type\": "
				+ "\"function_call_output\", \"call_id\": \"call_nope\", \"output\": \"18C\"}]}");

		assertThat(unanswered.statusCode()).isEqualTo(400);
		assertThat(unanswered.body()).contains(
				"No tool output found for function call " + call.get("output").get(0).get("call_id").asString() + ".",
				"\"param\":\"input\"");
		assertThat(wrongCall.statusCode()).isEqualTo(400);
		assertThat(wrongCall.body()).contains("No tool call found for function call output with call_id call_nope.");
	}

	@Test
	void deleteAnswersWithTheDeletedObject() {
		String id = JSON.readTree(create("{\"model\": \"gpt-4o\", \"input\": \"Hi\"}").body()).get("id").asString();

		HttpResponse<String> deleted = ContractTestClients.delete(this.port, "/v1/responses/" + id);
		HttpResponse<String> again = ContractTestClients.delete(this.port, "/v1/responses/" + id);

		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(deleted.body()).properties()).hasSize(3);
		assertThat(deleted.body()).contains("\"id\":\"" + id + "\"", "\"object\":\"response\"", "\"deleted\":true");
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.body()).contains("Response with id '" + id + "' not found.");
	}

	@Test
	void aBackgroundStreamIsQueuedFirst() {
		List<JsonNode> events = events(
				create("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"background\": true, \"stream\": true}"));

		assertThat(events.get(0).get("response").get("status").asString()).isEqualTo("queued");
		assertThat(events.get(1).get("type").asString()).isEqualTo("response.queued");
		assertThat(events.get(2).get("type").asString()).isEqualTo("response.in_progress");
	}

	@Test
	void obfuscationIsOnUnlessTurnedOff() {
		List<JsonNode> padded = events(create("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"stream\": true}"));
		List<JsonNode> plain = events(create("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"stream\": true, "
				+ "\"stream_options\": {\"include_obfuscation\": false}}"));

		assertThat(padded).filteredOn((event) -> event.get("type").asString().endsWith(".delta"))
			.isNotEmpty()
			.allSatisfy((event) -> assertThat(event.has("obfuscation")).isTrue());
		assertThat(plain).noneSatisfy((event) -> assertThat(event.has("obfuscation")).isTrue());
	}

	static Stream<Arguments> rejections() {
		return Stream.of(Arguments.of("{\"model\": \"gpt-4o\"}", 400, "input", "missing_required_parameter"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"max_output_tokens\": 5}", 400,
						"max_output_tokens", "integer_below_min_value"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"tools\": [{\"type\": \"web_search\"}]}", 400,
						"tools[0].type", "invalid_value"),
				Arguments.of(
						"{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"tools\": [{\"type\": \"function\", "
								+ "\"function\": {\"name\": \"f\"}}]}",
						400, "tools[0].name", "missing_required_parameter"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"previous_response_id\": \"resp_1\", "
						+ "\"conversation\": \"conv_1\"}", 400, "conversation", "invalid_value"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"previous_response_id\": \"resp_1\"}", 400,
						"previous_response_id", "previous_response_not_found"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"reasoning\": {\"effort\": \"low\"}}", 400,
						"reasoning.effort", "unsupported_parameter"),
				Arguments.of("{\"model\": \"o3\", \"input\": \"Hi\", \"temperature\": 0.5}", 400, "temperature",
						"unsupported_value"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"text\": {\"format\": {\"type\": "
						+ "\"json_object\"}}}", 400, "input", "invalid_value"),
				Arguments.of("{\"model\": \"whisper-1\", \"input\": \"Hi\"}", 404, "model", null),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": [{\"role\": \"tool\", \"content\": \"x\"}]}", 400,
						"input[0].role", "invalid_value"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"background\": true, \"store\": false}", 400,
						"background", "invalid_value"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": 42}", 400, "input", "invalid_type"),
				Arguments.of("{\"model\": \"gpt-4o\", \"input\": \"Hi\", \"messages\": []}", 400, "messages",
						"unknown_parameter"));
	}

	@ParameterizedTest
	@MethodSource("rejections")
	void rejectionsUseTheEnvelope(String body, int status, String param, String code) {
		HttpResponse<String> response = create(body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertValid("ErrorResponse", response);
		JsonNode error = JSON.readTree(response.body()).get("error");
		assertThat(error.get("param").asString()).isEqualTo(param);
		if (code != null) {
			assertThat(error.get("code").asString()).isEqualTo(code);
		}
	}

	@Test
	void inputTokensCountWhatTheResponseBills() {
		String body = "{\"model\": \"gpt-4o\", \"instructions\": \"Be brief.\", \"input\": \"Weather in Rome?\", "
				+ "\"tools\": [" + WEATHER_TOOL + "]}";
		JsonNode response = JSON.readTree(create(body).body());

		HttpResponse<String> counted = post("/v1/responses/input_tokens", body);

		assertThat(counted.statusCode()).isEqualTo(200);
		assertValid("TokenCountsResource", counted);
		assertThat(JSON.readTree(counted.body()).get("input_tokens").asInt())
			.isEqualTo(response.get("usage").get("input_tokens").asInt());
		assertThat(post("/v1/responses/input_tokens", "{\"model\": \"gpt-4o\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void storedResponsesAnswerUnknownIdsWith404() {
		for (HttpResponse<String> response : List.of(ContractTestClients.get(this.port, "/v1/responses/resp_x"),
				ContractTestClients.get(this.port, "/v1/responses/resp_x/input_items"),
				post("/v1/responses/resp_x/cancel", ""))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertValid("ErrorResponse", response);
			assertThat(response.body()).contains("Response with id 'resp_x' not found.");
		}
	}

}
