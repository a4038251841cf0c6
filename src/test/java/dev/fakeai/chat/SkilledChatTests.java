package dev.fakeai.chat;

import java.util.List;

import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.models.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.fakeai.chat.ChatFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer engine through chat completions: which tools a request calls and with what
 * arguments, answers after tool results, and skills' answers under {@code n},
 * {@code stop}, {@code max_tokens}, streaming, {@code logit_bias}, JSON modes and
 * reasoning limits.
 */
class SkilledChatTests {

	private final GenerationEngine engine = ChatFixtures.service();

	private static final String WEATHER = """
			{"type": "function", "function": {"name": "getWeather", "description": "Current weather for a city",
			 "parameters": {"type": "object", "properties": {"city": {"type": "string"},
			  "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["city"]}}}""";

	private static final String TIME = """
			{"type": "function", "function": {"name": "get_local_time", "description": "The local time somewhere",
			 "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}}""";

	private static final String STOCK = """
			{"type": "function", "function": {"name": "get-stock-price", "description": "Latest share price",
			 "parameters": {"type": "object", "properties": {"symbol": {"type": "string"}}, "required": ["symbol"]}}}""";

	private static final String ORDER = """
			{"type": "function", "function": {"name": "lookup_order", "description": "Find an order by its id",
			 "parameters": {"type": "object", "properties": {"order_id": {"type": "string"},
			  "include_items": {"type": "boolean"}}, "required": ["order_id"]}}}""";

	private static final String EMAIL = """
			{"type": "function", "function": {"name": "sendEmail", "description": "Send an e-mail",
			 "parameters": {"type": "object", "properties": {"to": {"type": "string", "format": "email"},
			  "subject": {"type": "string"}}, "required": ["to", "subject"]}}}""";

	private static final String FLIGHT = """
			{"type": "function", "function": {"name": "book_flight", "description": "Book a flight",
			 "parameters": {"type": "object", "properties": {"destination": {"type": "string"},
			  "origin": {"type": "string"}, "date": {"type": "string", "format": "date"},
			  "passengers": {"type": "integer", "minimum": 1}}, "required": ["origin", "destination", "date"]}}}""";

	private static final String USER = """
			{"type": "function", "function": {"name": "create_user", "description": "Create an account",
			 "parameters": {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"},
			  "admin": {"type": "boolean"}}, "required": ["name"]}}}""";

	private static final String SUM = """
			{"type": "function", "function": {"name": "sum", "description": "returns a sum of two numbers",
			 "parameters": {"type": "object", "properties": {"first": {"type": "integer"},
			  "second": {"type": "integer"}}, "required": ["first", "second"]}}}""";

	private static final String ALL = String.join(",", WEATHER, TIME, STOCK, ORDER, EMAIL, FLIGHT, USER, SUM);

	private JsonNode chat(String body) {
		return JSON.valueToTree(ChatFixtures.complete(this.engine, body).completion());
	}

	private static String ask(String prompt, String extra) {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", "gpt-4o-mini").put("seed", 3);
		body.putArray("messages").addObject().put("role", "user").put("content", prompt);
		String json = body.toString();
		return extra.isEmpty() ? json : json.substring(0, json.length() - 1) + ", " + extra + "}";
	}

	private static String calls(JsonNode completion) {
		StringBuilder calls = new StringBuilder();
		for (JsonNode call : completion.at("/choices/0/message/tool_calls")) {
			calls.append(calls.isEmpty() ? "" : " ")
				.append(call.at("/function/name").asString())
				.append(call.at("/function/arguments").asString());
		}
		return calls.toString();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
							Is it raining in Oslo?                                  | getWeather{"city":"Oslo"}
							What's the weather in Paris in fahrenheit?              | getWeather{"city":"Paris","unit":"fahrenheit"}
							What's the temperature in San Francisco, CA?            | getWeather{"city":"San Francisco, CA"}
							What time is it in Tokyo?                               | get_local_time{"location":"Tokyo"}
							How much is a share of NVDA?                            | get-stock-price{"symbol":"NVDA"}
							Where is my order A-1042?                               | lookup_order{"order_id":"A-1042"}
							Email ada@example.com with the subject "Launch"         | sendEmail{"to":"ada@example.com","subject":"Launch"}
							Book a flight from Lisbon to Berlin on 2026-12-24       | book_flight{"origin":"Lisbon","destination":"Berlin","date":"2026-12-24"}
							Book a flight to Rome from Madrid on 2027-01-02 for 3 passengers | book_flight{"origin":"Madrid","destination":"Rome","date":"2027-01-02","passengers":3}
							Create a user with name=Ada, age=36, admin=true         | create_user{"name":"Ada","age":36,"admin":true}
							What's the weather in Rome and the time in Tokyo?       | getWeather{"city":"Rome"} get_local_time{"location":"Tokyo"}
							Weather in Paris, London and Madrid?                    | getWeather{"city":"Paris"} getWeather{"city":"London"} getWeather{"city":"Madrid"}
					2+2=?                                                   | sum{"first":2,"second":2}
					What is 17 + 25?                                        | sum{"first":17,"second":25}
					What's the weather like in San Francisco, Tokyo, and Paris? | getWeather{"city":"San Francisco"} getWeather{"city":"Tokyo"} getWeather{"city":"Paris"}
							""")
	void theToolThatFitsIsCalledWithArgumentsFromThePrompt(String prompt, String expected) {
		assertThat(calls(chat(ask(prompt, "\"tools\": [" + ALL + "]")))).isEqualTo(expected);
	}

	@Test
	void noToolIsCalledForARequestNoToolFits() {
		JsonNode completion = chat(ask("Tell me a joke about cats", "\"tools\": [" + ALL + "]"));
		assertThat(completion.at("/choices/0/message/tool_calls").isMissingNode()
				|| completion.at("/choices/0/message/tool_calls").isNull()
				|| completion.at("/choices/0/message/tool_calls").isEmpty())
			.isTrue();
		assertThat(completion.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
	}

	@Test
	void withoutParallelCallsOnlyTheFirstThingAskedIsCalled() {
		assertThat(calls(chat(ask("Weather in Paris, London and Madrid?",
				"\"tools\": [" + ALL + "], \"parallel_tool_calls\": false"))))
			.isEqualTo("getWeather{\"city\":\"Paris\"}");
	}

	@Test
	void afterTheToolResultTheAnswerUsesIt() {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", "gpt-4o-mini");
		body.set("tools", JSON.readTree("[" + WEATHER + "]"));
		ArrayNode messages = body.putArray("messages");
		messages.addObject().put("role", "user").put("content", "What's the weather in Oslo?");
		JsonNode first = chat(body.toString());
		JsonNode call = first.at("/choices/0/message/tool_calls/0");
		messages.add(first.at("/choices/0/message"));
		messages.addObject()
			.put("role", "tool")
			.put("tool_call_id", call.get("id").asString())
			.put("content", "{\"temperature\": -3, \"condition\": \"light snow\"}");

		JsonNode second = chat(body.toString());

		assertThat(second.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(second.at("/choices/0/message/content").asString())
			.isEqualTo("According to getWeather for Oslo: temperature is -3, condition is light snow.");
	}

	@Test
	void choicesVaryInWordingNeverInFacts() {
		JsonNode completion = chat(ask("What is the capital of France?", "\"n\": 4"));
		List<String> answers = completion.get("choices")
			.valueStream()
			.map((choice) -> choice.at("/message/content").asString())
			.toList();
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).contains("Paris"))
			.containsOnly("The capital of France is Paris.", "Paris is the capital of France.")
			.contains("The capital of France is Paris.", "Paris is the capital of France.");
		JsonNode unchecked = chat(ask("Do you like opera? Answer yes or no.", "\"n\": 3"));
		assertThat(unchecked.get("choices").valueStream().map((choice) -> choice.at("/message/content").asString()))
			.as("a pick nothing decides is the same in every choice")
			.hasSize(3)
			.containsOnly(unchecked.at("/choices/0/message/content").asString());
	}

	@Test
	void stopAndMaxTokensCutASkillsAnswerLikeAnyOther() {
		JsonNode stopped = chat(ask("Count from 1 to 10", "\"stop\": [\"5\"]"));
		assertThat(stopped.at("/choices/0/message/content").asString()).isEqualTo("1, 2, 3, 4, ");
		assertThat(stopped.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		JsonNode cut = chat(ask("Count from 1 to 100", "\"max_tokens\": 6"));
		assertThat(cut.at("/choices/0/message/content").asString()).startsWith("1, 2")
			.isEqualTo(ChatFixtures.COUNTER.truncate(Tokenizer.O200K_BASE, String.join(", ",
					java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(Integer::toString).toList()), 6));
		assertThat(cut.at("/choices/0/finish_reason").asString()).isEqualTo("length");
		assertThat(cut.at("/usage/completion_tokens").asInt()).isEqualTo(6);
	}

	@Test
	void aStreamedSkillAnswerIsTheBlockingOne() {
		String blocking = chat(ask("What is 12 * 12?", "")).at("/choices/0/message/content").asString();
		ChatStream stream = ChatFixtures.complete(this.engine, ask("What is 12 * 12?", "\"stream\": true")).stream(1);
		StringBuilder streamed = new StringBuilder();
		for (int i = 0; i < stream.size(); i++) {
			JsonNode frame = JSON.readTree(stream.data(i));
			if (frame.at("/choices/0/delta/content").isString()) {
				streamed.append(frame.at("/choices/0/delta/content").asString());
			}
		}
		assertThat(blocking).isEqualTo("12 * 12 = 144.");
		assertThat(streamed).hasToString(blocking);
	}

	@Test
	void logitBiasDecidesAChoice() {
		int no = ChatFixtures.COUNTER.firstTokenId(Tokenizer.O200K_BASE, "No");
		int yes = ChatFixtures.COUNTER.firstTokenId(Tokenizer.O200K_BASE, "Yes");
		for (int seed = 1; seed <= 6; seed++) {
			String prompt = "Do you like jazz? Answer yes or no.";
			assertThat(chat(ask(prompt, "\"seed\": " + seed + ", \"logit_bias\": {\"" + no + "\": 100}"))
				.at("/choices/0/message/content")
				.asString()).isEqualTo("No.");
			assertThat(chat(ask(prompt, "\"seed\": " + seed + ", \"logit_bias\": {\"" + no + "\": -100}"))
				.at("/choices/0/message/content")
				.asString()).isEqualTo("Yes.");
			assertThat(chat(ask(prompt, "\"seed\": " + seed + ", \"logit_bias\": {\"" + yes + "\": 100}"))
				.at("/choices/0/message/content")
				.asString()).isEqualTo("Yes.");
		}
	}

	@Test
	void jsonModesTakeTheirFieldsFromThePrompt() {
		String prompt = "What is the capital of France? Respond in JSON with a single 'city' field.";
		assertThat(
				chat(ask(prompt, "\"response_format\": {\"type\": \"json_object\"}")).at("/choices/0/message/content")
					.asString())
			.isEqualTo("{\"city\":\"Paris\"}");
		String schema = "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"person\", "
				+ "\"strict\": true, \"schema\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}, "
				+ "\"age\": {\"type\": \"integer\"}, \"city\": {\"type\": \"string\"}}, "
				+ "\"required\": [\"name\", \"age\", \"city\"], \"additionalProperties\": false}}}";
		assertThat(chat(ask("Extract the person: Maria is 41 and lives in Madrid.", schema))
			.at("/choices/0/message/content")
			.asString()).isEqualTo("{\"name\":\"Maria\",\"age\":41,\"city\":\"Madrid\"}");
	}

	@Test
	void structuredOutputsTakeNamePartsAndDatesFromThePrompt() {
		String schema = "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"person\", "
				+ "\"strict\": true, \"schema\": {\"type\": \"object\", \"properties\": {\"firstName\": {\"type\": \"string\"}, "
				+ "\"lastName\": {\"type\": \"string\"}, \"birthDate\": {\"type\": \"string\", \"format\": \"date\"}}, "
				+ "\"required\": [\"firstName\", \"lastName\", \"birthDate\"], \"additionalProperties\": false}}}";
		assertThat(chat(ask("Extract the person from: In 1968, amidst the fading echoes of Independence Day, "
				+ "a child named John Doe arrived; he was born on 1968-07-04.", schema))
			.at("/choices/0/message/content")
			.asString()).isEqualTo("{\"firstName\":\"John\",\"lastName\":\"Doe\",\"birthDate\":\"1968-07-04\"}");
	}

	@Test
	void reasoningLeavesRoomForTheAnswerWithinTheLimit() {
		for (int seed = 1; seed <= 10; seed++) {
			for (String effort : List.of("low", "medium", "high")) {
				JsonNode completion = chat(
						ask("What is the capital of Japan?",
								"\"model\": \"o3\", \"seed\": " + seed + ", \"reasoning_effort\": \"" + effort
										+ "\", \"max_completion_tokens\": 40")
							.replace("\"model\":\"gpt-4o-mini\",", ""));
				assertThat(completion.at("/choices/0/message/content").asString()).contains("Tokyo");
				assertThat(completion.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
				assertThat(completion.at("/usage/completion_tokens").asInt()).isLessThanOrEqualTo(40);
			}
		}
		JsonNode tooSmall = chat(ask("Explain photosynthesis in detail",
				"\"model\": \"o3\", \"seed\": 1, " + "\"reasoning_effort\": \"high\", \"max_completion_tokens\": 8")
			.replace("\"model\":\"gpt-4o-mini\",", ""));
		assertThat(tooSmall.at("/choices/0/finish_reason").asString()).isEqualTo("length");
	}

}
