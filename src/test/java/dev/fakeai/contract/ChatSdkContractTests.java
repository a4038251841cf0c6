package dev.fakeai.contract;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.openai.core.JsonSchemaLocalValidation;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.StructuredChatCompletion;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Chat completions through the official {@code com.openai:openai-java} SDK with strict
 * response validation, blocking and streaming, against the server on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ChatSdkContractTests extends SdkContractTest {

	private static ChatCompletionCreateParams.Builder ask(String model, String question) {
		return ChatCompletionCreateParams.builder().model(model).addUserMessage(question);
	}

	@Test
	void blockingCompletion() {
		ChatCompletion completion = client().chat()
			.completions()
			.create(ask("gpt-4o", "What is the capital of France?").seed(7L).n(2L).logprobs(true).build());

		assertThat(completion.model()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(completion.choices()).hasSize(2).allSatisfy((choice) -> {
			assertThat(choice.message().content()).hasValueSatisfying((text) -> assertThat(text).isNotBlank());
			assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
			assertThat(choice.logprobs()).isPresent();
		});
		assertThat(completion.usage()).hasValueSatisfying((usage) -> {
			assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + usage.completionTokens());
			assertThat(usage.promptTokensDetails()).isPresent();
			assertThat(usage.completionTokensDetails()).isPresent();
		});
		assertThat(completion.systemFingerprint()).isPresent();
	}

	@Test
	void streamingCompletionAccumulatesToTheSameShape() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		List<ChatCompletionChunk> chunks = new ArrayList<>();
		try (StreamResponse<ChatCompletionChunk> stream = client().chat()
			.completions()
			.createStreaming(ask("meta-llama/Llama-3.1-8B-Instruct", "Write a haiku about autumn")
				.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
				.build())) {
			stream.stream().forEach((chunk) -> chunks.add(accumulator.accumulate(chunk)));
		}

		ChatCompletion completion = accumulator.chatCompletion();
		assertThat(chunks.size()).isGreaterThan(3);
		assertThat(chunks.get(chunks.size() - 1).choices()).isEmpty();
		assertThat(chunks.get(chunks.size() - 1).usage()).isPresent();
		assertThat(completion.choices().get(0).message().content())
			.hasValueSatisfying((text) -> assertThat(text).contains("autumn"));
		assertThat(completion.usage())
			.hasValueSatisfying((usage) -> assertThat(usage.completionTokens()).isEqualTo(chunks.size() - 3));
	}

	@Test
	void toolCallsParseIntoTheFunctionsClass() {
		ChatCompletion completion = client().chat()
			.completions()
			.create(ask("gpt-4o", "What is the weather in Lisbon?")
				.addTool(GetWeather.class, JsonSchemaLocalValidation.YES)
				.build());

		assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
		ChatCompletionMessageFunctionToolCall call = ContractTestClients.firstToolCall(completion);
		assertThat(call.function().name()).isEqualTo("GetWeather");
		GetWeather arguments = call.function().arguments(GetWeather.class);
		assertThat(arguments.city).isEqualTo("Lisbon");
	}

	@Test
	void aTwoStepToolLoopAnswersWithTheToolsResult() {
		ChatCompletionCreateParams.Builder question = ask("gpt-4o", "What's the weather like in Lisbon today?")
			.addTool(GetWeather.class, JsonSchemaLocalValidation.YES);
		ChatCompletion first = client().chat().completions().create(question.build());
		ChatCompletionMessageFunctionToolCall call = ContractTestClients.firstToolCall(first);
		assertThat(call.function().arguments(GetWeather.class).city).isEqualTo("Lisbon");

		ChatCompletion second = client().chat()
			.completions()
			.create(question.addMessage(first.choices().get(0).message())
				.addMessage(com.openai.models.chat.completions.ChatCompletionToolMessageParam.builder()
					.toolCallId(call.id())
					.content("{\"temperature_c\": 21, \"sky\": \"clear\"}")
					.build())
				.build());

		assertThat(second.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
		assertThat(second.choices().get(0).message().content())
			.hasValueSatisfying((text) -> assertThat(text).contains("Lisbon").contains("21").contains("clear"));
	}

	@Test
	void simpleInstructionsAreFollowed() {
		assertThat(client().chat()
			.completions()
			.create(ask("gpt-4o-mini", "What is the capital of Germany? Answer with one word.").build())
			.choices()
			.get(0)
			.message()
			.content()).hasValue("Berlin");
		assertThat(client().chat()
			.completions()
			.create(ask("gpt-4o-mini", "Count from 1 to 5").build())
			.choices()
			.get(0)
			.message()
			.content()).hasValue("1, 2, 3, 4, 5");
	}

	@Test
	void structuredOutputsParseIntoTheResponseClass() {
		StructuredChatCompletion<Event> completion = client().chat()
			.completions()
			.create(ask("gpt-4o", "Plan a product launch in Berlin")
				.responseFormat(Event.class, JsonSchemaLocalValidation.YES)
				.build());

		Event event = completion.choices().get(0).message().content().orElseThrow();
		assertThat(event.name).isNotBlank();
		assertThat(event.attendees).isNotEmpty();
	}

	@Test
	void streamingToolCallsAccumulate() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		try (StreamResponse<ChatCompletionChunk> stream = client().chat()
			.completions()
			.createStreaming(ask("gpt-4o", "What is the weather in Lisbon?")
				.addTool(GetWeather.class, JsonSchemaLocalValidation.YES)
				.build())) {
			stream.stream().forEach(accumulator::accumulate);
		}

		ChatCompletionMessageFunctionToolCall call = ContractTestClients.firstToolCall(accumulator.chatCompletion());
		assertThat(call.function().arguments(GetWeather.class).city).isEqualTo("Lisbon");
	}

	@Test
	void reasoningModelsReportReasoningTokens() {
		ChatCompletion completion = client().chat()
			.completions()
			.create(ask("o4-mini", "Why is the sky blue?").reasoningEffort(ReasoningEffort.LOW)
				.maxCompletionTokens(4000L)
				.build());

		assertThat(completion.usage().orElseThrow().completionTokensDetails().orElseThrow().reasoningTokens())
			.hasValueSatisfying((tokens) -> {
				assertThat(tokens).isBetween(64L, 320L);
				assertThat(tokens % 64).isZero();
			});
	}

	@Test
	void badParametersAndUnknownModelsAreTypedErrors() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().chat().completions().create(ask("gpt-4o", "Hi").temperature(3.0).build()))
			.satisfies((ex) -> {
				assertThat(ex.param()).hasValue("temperature");
				assertThat(ex.code()).hasValue("decimal_above_max_value");
			});
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().chat().completions().create(ask("o3", "Hi").maxTokens(10L).build()))
			.satisfies((ex) -> assertThat(ex.code()).hasValue("unsupported_parameter"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> ContractTestClients.sdk(this.port, "sk-test")
				.chat()
				.completions()
				.create(ask("text-embedding-3-small", "Hi").build()))
			.withMessageContaining("not a chat model");
	}

	@JsonClassDescription("Get the current weather in a city")
	static class GetWeather {

		@JsonPropertyDescription("The city, e.g. Paris")
		public String city;

	}

	static class Event {

		public String name;

		public List<String> attendees;

		public String date;

	}

}
