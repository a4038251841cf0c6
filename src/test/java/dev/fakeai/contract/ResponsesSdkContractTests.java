package dev.fakeai.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.openai.core.JsonSchemaLocalValidation;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.Reasoning;
import com.openai.models.ReasoningEffort;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.StructuredResponse;
import com.openai.models.responses.inputitems.InputItemListPage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Responses API through the official {@code com.openai:openai-java} SDK with strict
 * response validation: blocking, streamed through the SDK's accumulator, structured
 * outputs parsed into a class, a function-call loop, conversation state, retrieval,
 * deletion, input items, and background responses with cancellation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ResponsesSdkContractTests extends SdkContractTest {

	private static ResponseCreateParams.Builder ask(String model, String input) {
		return ResponseCreateParams.builder().model(model).input(input);
	}

	private static String text(Response response) {
		StringBuilder text = new StringBuilder();
		for (ResponseOutputItem item : response.output()) {
			item.message()
				.ifPresent((message) -> message.content()
					.forEach((content) -> content.outputText().map(ResponseOutputText::text).ifPresent(text::append)));
		}
		return text.toString();
	}

	private static FunctionTool weatherTool() {
		return FunctionTool.builder()
			.name("get_weather")
			.description("Get the current weather in a city")
			.parameters(FunctionTool.Parameters.builder()
				.putAdditionalProperty("type", JsonValue.from("object"))
				.putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
				.putAdditionalProperty("required", JsonValue.from(List.of("city")))
				.putAdditionalProperty("additionalProperties", JsonValue.from(false))
				.build())
			.strict(true)
			.build();
	}

	@Test
	void blockingResponse() {
		Response response = client().responses()
			.create(ask("gpt-4o-mini", "Tell me about the sea").instructions("Answer briefly.").build());

		assertThat(response.id()).startsWith("resp_");
		assertThat(response.model().asChat().asString()).isEqualTo("gpt-4o-mini-2024-07-18");
		assertThat(response.status()).hasValue(ResponseStatus.COMPLETED);
		assertThat(response.instructions()).isPresent();
		assertThat(response.output()).hasSize(1);
		assertThat(response.output().get(0).message()).hasValueSatisfying((message) -> {
			assertThat(message.id()).startsWith("msg_");
			assertThat(message.status()).isEqualTo(com.openai.models.responses.ResponseOutputMessage.Status.COMPLETED);
		});
		assertThat(text(response)).contains("sea");
		assertThat(response.usage()).hasValueSatisfying((usage) -> {
			assertThat(usage.inputTokens()).isPositive();
			assertThat(usage.outputTokens()).isPositive();
			assertThat(usage.totalTokens()).isEqualTo(usage.inputTokens() + usage.outputTokens());
			assertThat(usage.inputTokensDetails().cachedTokens()).isZero();
			assertThat(usage.outputTokensDetails().reasoningTokens()).isZero();
		});
	}

	@Test
	void streamedResponseAccumulatesToTheCompletedOne() {
		ResponseAccumulator accumulator = ResponseAccumulator.create();
		List<ResponseStreamEvent> events = new ArrayList<>();
		StringBuilder deltas = new StringBuilder();
		try (StreamResponse<ResponseStreamEvent> stream = client().responses()
			.createStreaming(ask("gpt-4o", "Write a haiku about the sea").build())) {
			stream.stream().forEach((event) -> {
				events.add(accumulator.accumulate(event));
				event.outputTextDelta().ifPresent((delta) -> deltas.append(delta.delta()));
			});
		}

		Response response = accumulator.response();
		assertThat(events.get(0).isCreated()).isTrue();
		assertThat(events.get(events.size() - 1).isCompleted()).isTrue();
		assertThat(events).filteredOn(ResponseStreamEvent::isContentPartAdded).hasSize(1);
		assertThat(text(response)).isEqualTo(deltas.toString()).contains("sea");
		assertThat(response.usage()).hasValueSatisfying((usage) -> assertThat(usage.outputTokens()).isPositive());
	}

	@Test
	void reasoningModelStreamsItsSummaryBeforeTheMessage() {
		ResponseAccumulator accumulator = ResponseAccumulator.create();
		StringBuilder summary = new StringBuilder();
		try (StreamResponse<ResponseStreamEvent> stream = client().responses()
			.createStreaming(ask("o4-mini", "Why is the sky blue?")
				.reasoning(Reasoning.builder().effort(ReasoningEffort.LOW).summary(Reasoning.Summary.AUTO).build())
				.build())) {
			stream.stream().forEach((event) -> {
				accumulator.accumulate(event);
				event.reasoningSummaryTextDelta().ifPresent((delta) -> summary.append(delta.delta()));
			});
		}

		Response response = accumulator.response();
		assertThat(response.output()).hasSize(2);
		assertThat(response.output().get(0).reasoning()).hasValueSatisfying((reasoning) -> {
			assertThat(reasoning.id()).startsWith("rs_");
			assertThat(reasoning.summary()).hasSize(1);
			assertThat(reasoning.summary().get(0).text()).isEqualTo(summary.toString()).isNotBlank();
		});
		assertThat(response.output().get(1).isMessage()).isTrue();
		assertThat(response.usage().orElseThrow().outputTokensDetails().reasoningTokens()).isPositive();
		assertThat(response.reasoning().orElseThrow().effort()).hasValue(ReasoningEffort.LOW);
	}

	@JsonClassDescription("The weather in a city")
	static class Weather {

		@JsonPropertyDescription("The city")
		public String city;

		@JsonPropertyDescription("Temperature in Celsius")
		public double temperature;

		public List<String> conditions;

	}

	@Test
	void structuredOutputParsesIntoAClass() {
		StructuredResponse<Weather> response = client().responses()
			.create(ask("gpt-4o", "What is the weather in Lisbon?").text(Weather.class, JsonSchemaLocalValidation.YES)
				.build());

		Weather weather = response.output()
			.stream()
			.flatMap((item) -> item.message().stream())
			.flatMap((message) -> message.content().stream())
			.flatMap((content) -> content.outputText().stream())
			.findFirst()
			.orElseThrow();
		assertThat(weather.city).isNotNull();
		assertThat(weather.conditions).isNotNull();
	}

	@Test
	void functionCallLoopEndsWithText() {
		Response call = client().responses()
			.create(ask("gpt-4o", "What is the weather in Paris?").addTool(weatherTool()).build());

		ResponseFunctionToolCall functionCall = call.output().get(0).functionCall().orElseThrow();
		assertThat(functionCall.id()).hasValueSatisfying((id) -> assertThat(id).startsWith("fc_"));
		assertThat(functionCall.callId()).startsWith("call_");
		assertThat(functionCall.name()).isEqualTo("get_weather");
		assertThat(functionCall.arguments()).contains("\"city\"");

		Response answer = client().responses()
			.create(ResponseCreateParams.builder()
				.model("gpt-4o")
				.previousResponseId(call.id())
				.inputOfResponse(
						List.of(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
							.callId(functionCall.callId())
							.output("{\"temperature\": 18, \"conditions\": \"sunny\"}")
							.build())))
				.addTool(weatherTool())
				.build());

		assertThat(answer.previousResponseId()).hasValue(call.id());
		assertThat(answer.output()).singleElement().satisfies((item) -> assertThat(item.isMessage()).isTrue());
		assertThat(text(answer)).contains("Paris").contains("18").contains("sunny");
	}

	@Test
	void previousResponseIdCarriesTheConversation() {
		Response first = client().responses().create(ask("gpt-4o-mini", "My name is Ada.").build());
		Response second = client().responses()
			.create(ask("gpt-4o-mini", "What is my name?").previousResponseId(first.id()).build());

		long firstTurn = first.usage().orElseThrow().inputTokens() + first.usage().orElseThrow().outputTokens();
		assertThat(second.usage().orElseThrow().inputTokens()).isGreaterThan(firstTurn);
		assertThat(second.previousResponseId()).hasValue(first.id());
		assertThat(text(second)).isEqualTo("Your name is Ada.");
	}

	@Test
	void retrievesListsInputItemsAndDeletes() {
		Response created = client().responses()
			.create(ResponseCreateParams.builder()
				.model("gpt-4o-mini")
				.inputOfResponse(List.of(
						ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
							.role(com.openai.models.responses.EasyInputMessage.Role.USER)
							.content("First question")
							.build()),
						ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
							.role(com.openai.models.responses.EasyInputMessage.Role.USER)
							.content("Second question")
							.build())))
				.build());

		Response retrieved = client().responses().retrieve(created.id());
		InputItemListPage items = client().responses().inputItems().list(created.id());

		assertThat(retrieved.id()).isEqualTo(created.id());
		assertThat(text(retrieved)).isEqualTo(text(created));
		assertThat(items.data()).hasSize(2);
		assertThat(items.data().get(0).responseInputMessageItem())
			.hasValueSatisfying((message) -> assertThat(message.content().get(0).inputText().orElseThrow().text())
				.isEqualTo("Second question"));
		assertThat(items.data()).allSatisfy((item) -> assertThat(item.isResponseInputMessageItem()).isTrue());

		client().responses().delete(created.id());
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> client().responses().retrieve(created.id()));
	}

	@Test
	void backgroundResponseIsPolledAndCancelled() {
		Response queued = client().responses()
			.create(ask("gpt-4o", "Tell me about the sea").background(true)
				.putAdditionalHeader("X-FakeAI-TTFT-Ms", "60000")
				.build());

		assertThat(queued.status()).hasValue(ResponseStatus.QUEUED);
		assertThat(queued.background()).hasValue(true);
		assertThat(queued.output()).isEmpty();
		assertThat(client().responses().retrieve(queued.id()).status()).hasValue(ResponseStatus.QUEUED);

		Response cancelled = client().responses().cancel(queued.id());
		assertThat(cancelled.status()).hasValue(ResponseStatus.CANCELLED);
		assertThat(client().responses().cancel(queued.id()).status()).hasValue(ResponseStatus.CANCELLED);
		assertThat(client().responses().retrieve(queued.id()).status()).hasValue(ResponseStatus.CANCELLED);
	}

	@Test
	void backgroundResponseCompletesOnItsPlan() {
		Response queued = client().responses().create(ask("gpt-4o", "Tell me about the sea").background(true).build());

		Response done = client().responses().retrieve(queued.id());

		assertThat(queued.status()).hasValue(ResponseStatus.QUEUED);
		assertThat(done.status()).hasValue(ResponseStatus.COMPLETED);
		assertThat(text(done)).contains("sea");
		assertThat(client().responses().cancel(queued.id()).status()).hasValue(ResponseStatus.COMPLETED);
	}

	@Test
	void errorsAreTheSdksExceptions() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().responses()
				.create(ask("gpt-4o", "Hi").previousResponseId("resp_does_not_exist").build()))
			.satisfies((ex) -> {
				assertThat(ex.code()).hasValue("previous_response_not_found");
				assertThat(ex.param()).hasValue("previous_response_id");
			});
		Response plain = client().responses().create(ask("gpt-4o", "Hi").build());
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().responses().cancel(plain.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> client().responses().retrieve("resp_does_not_exist"));
	}

	@Test
	void storeFalseIsNeitherRetrievableNorContinued() {
		Response unstored = client().responses().create(ask("gpt-4o", "Hi").store(false).build());

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> client().responses().retrieve(unstored.id()));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(
				() -> client().responses().create(ask("gpt-4o", "Again").previousResponseId(unstored.id()).build()));
	}

	@Test
	void countsInputTokens() {
		Response created = client().responses().create(ask("gpt-4o", "Hello there").build());

		long counted = client().responses()
			.inputTokens()
			.count(com.openai.models.responses.inputtokens.InputTokenCountParams.builder()
				.model("gpt-4o")
				.input("Hello there")
				.build())
			.inputTokens();

		assertThat(counted).isEqualTo(created.usage().orElseThrow().inputTokens());
	}

	@Test
	void listedItemsAreResponseItems() {
		Response created = client().responses().create(ask("gpt-4o", "Hello there").build());
		List<ResponseItem> items = client().responses().inputItems().list(created.id()).data();
		assertThat(items).singleElement().satisfies((item) -> assertThat(item.isResponseInputMessageItem()).isTrue());
	}

}
