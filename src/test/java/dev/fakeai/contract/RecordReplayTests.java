package dev.fakeai.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import dev.fakeai.FakeAiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record and replay with a second fakeai as the upstream: a short session (blocking,
 * streamed, a tool call and its answer, a Responses call) recorded through a recording
 * instance, then replayed by a third instance with no upstream and strict fixtures, which
 * gives the same content and tool calls.
 */
class RecordReplayTests {

	private static final String KEY = "sk-client-key-never-recorded-42";

	@TempDir
	Path dir;

	private static ConfigurableApplicationContext start(String... properties) {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--fakeai.latency.speed-factor=0", "--spring.main.banner-mode=off"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(FakeAiApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static ChatCompletionFunctionTool lookupTool() {
		return ChatCompletionFunctionTool.builder()
			.function(FunctionDefinition.builder()
				.name("lookup_order")
				.parameters(FunctionParameters.builder()
					.putAdditionalProperty("type", JsonValue.from("object"))
					.putAdditionalProperty("properties", JsonValue.from(Map.of("order_id", Map.of("type", "string"))))
					.putAdditionalProperty("required", JsonValue.from(List.of("order_id")))
					.build())
				.build())
			.build();
	}

	/** The session, and what each of its answers said. */
	private static List<String> session(OpenAIClient client) {
		List<String> said = new ArrayList<>();
		ChatCompletion blocking = client.chat()
			.completions()
			.create(ChatCompletionCreateParams.builder()
				.model("gpt-4o-mini")
				.addSystemMessage("You are terse.")
				.addUserMessage("Tell me about the sea.")
				.build());
		said.add(blocking.choices().get(0).message().content().orElseThrow());

		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		try (StreamResponse<ChatCompletionChunk> stream = client.chat()
			.completions()
			.createStreaming(ChatCompletionCreateParams.builder()
				.model("gpt-4o-mini")
				.addUserMessage("Write a haiku about rain.")
				.build())) {
			stream.stream().forEach(accumulator::accumulate);
		}
		said.add(accumulator.chatCompletion().choices().get(0).message().content().orElseThrow());

		ChatCompletionCreateParams.Builder question = ChatCompletionCreateParams.builder()
			.model("gpt-4.1")
			.addUserMessage("Where is my order A-7?")
			.addTool(lookupTool());
		ChatCompletion call = client.chat()
			.completions()
			.create(question.toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED).build());
		ChatCompletionMessageFunctionToolCall function = ContractTestClients.firstToolCall(call);
		said.add(function.id() + " " + function.function().name() + " " + function.function().arguments());
		ChatCompletion answer = client.chat()
			.completions()
			.create(question.toolChoice(ChatCompletionToolChoiceOption.Auto.AUTO)
				.addMessage(call.choices().get(0).message())
				.addMessage(ChatCompletionToolMessageParam.builder()
					.toolCallId(function.id())
					.content("{\"status\": \"shipped\"}")
					.build())
				.build());
		said.add(answer.choices().get(0).message().content().orElseThrow());

		Response response = client.responses()
			.create(ResponseCreateParams.builder().model("gpt-4o").input("Name three rivers.").build());
		said.add(response.output().get(0).asMessage().content().get(0).asOutputText().text());
		return said;
	}

	@Test
	void aRecordedSessionReplaysWithoutTheUpstream() throws IOException {
		List<String> recorded;
		try (ConfigurableApplicationContext upstream = start();
				ConfigurableApplicationContext recorder = start(
						"fakeai.record.upstream=http://localhost:" + port(upstream) + "/v1",
						"fakeai.record.path=" + this.dir)) {
			recorded = session(ContractTestClients.sdk(port(recorder), KEY));
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.dir)) {
			files = listed.toList();
		}
		assertThat(files).singleElement().satisfies((file) -> {
			String yaml = Files.readString(file);
			assertThat(yaml).doesNotContain(KEY)
				.contains("endpoint: chat", "endpoint: responses", "after_tool: " + "lookup_order");
		});

		List<String> replayed;
		try (ConfigurableApplicationContext replay = start("fakeai.fixtures.paths=" + this.dir,
				"fakeai.fixtures.strict=true")) {
			replayed = session(ContractTestClients.sdk(port(replay), KEY));
		}

		assertThat(recorded).hasSize(5).allSatisfy((said) -> assertThat(said).isNotBlank());
		assertThat(replayed).isEqualTo(recorded);
	}

}
