package dev.fakeai.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.Reply;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.catalog.ProviderCatalogs;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.TokenCounter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.unit.DataSize;

/**
 * The in-process cost of one chat completion, request body to response bytes, without HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChatServiceBenchmark {

	private static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":"
			+ "\"You are a helpful assistant.\"},{\"role\":\"user\",\"content\":\"What is the capital of France?\"}]}";

	private static final String STREAM_BODY = BODY.replace("{\"model\"", "{\"stream\":true,\"model\"");

	private GenerationEngine service;

	private TokenCounter counter;

	private JsonNode streamBody;

	private final ByteArrayOutputStream frames = new ByteArrayOutputStream(64 * 1024);

	private JsonMapper mapper;

	private JsonNode body;

	private LatencyOverride latency;

	private List<JsonNode> variedBodies;

	private int nextPrompt;

	@Setup
	public void setUp() throws IOException {
		FakeAiProperties properties = new FakeAiProperties(FakeAiProperties.Models.defaults(),
				new FakeAiProperties.Auth(List.of()), new FakeAiProperties.Http(DataSize.ofMegabytes(32), "user-fakeai", List.of("*"), 0,
						FakeAiProperties.Server.JETTY),
				new FakeAiProperties.Latency(0, Duration.ofMinutes(1), 1), new FakeAiProperties.Compat(true),
				new FakeAiProperties.Responses(100, DataSize.ofMegabytes(16)),
				new FakeAiProperties.Fixtures(List.of(), false), new FakeAiProperties.Admin(List.of()),
				new FakeAiProperties.Journal(true, 1000, DataSize.ofMegabytes(64)),
				new FakeAiProperties.Record("", "fixtures/recorded", "", Duration.ofMinutes(10)),
				new FakeAiProperties.Faults(List.of(), 42, Duration.ofMinutes(10), Duration.ofSeconds(5)),
				new FakeAiProperties.RateLimits(0, 0, List.of(), true, false),
				new FakeAiProperties.Chat(100, DataSize.ofMegabytes(16)));
		this.counter = new TokenCounter();
		this.service = new GenerationEngine(new ModelRegistry(ProviderCatalogs.all(), properties.models()), this.counter,
				new JsonSchemas(), properties);
		this.mapper = JsonMapper.builder().build();
		this.body = this.mapper.readTree(BODY);
		this.streamBody = this.mapper.readTree(STREAM_BODY);
		this.latency = LatencyOverride.of(null, null, null);
		this.variedBodies = new ArrayList<>();
		for (String prompt : Files.readAllLines(Path.of("bench/prompts.txt"))) {
			ObjectNode varied = (ObjectNode) this.body.deepCopy();
			((ObjectNode) varied.get("messages").get(1)).put("content", prompt);
			this.variedBodies.add(varied);
		}
	}

	@Benchmark
	public GenerationRequest parse() {
		return ChatRequestParser.parse(this.body, true);
	}

	@Benchmark
	public Reply complete() {
		return this.service.generate(ChatRequestParser.parse(this.body, true), this.latency);
	}

	/**
	 * One completion for each next prompt of {@code bench/prompts.txt} (10,000 distinct
	 * prompts, more than the memos hold): the cost when prompt topics and token counts are
	 * not memoized.
	 * @return the response bytes
	 */
	@Benchmark
	public byte[] completeVariedAndSerialize() {
		this.nextPrompt = (this.nextPrompt + 1) % this.variedBodies.size();
		return this.mapper.writeValueAsBytes(
				completion(this.service.generate(ChatRequestParser.parse(this.variedBodies.get(this.nextPrompt), true),
						this.latency)));
	}

	@Benchmark
	public byte[] completeAndSerialize() {
		return this.mapper
			.writeValueAsBytes(completion(this.service.generate(ChatRequestParser.parse(this.body, true), this.latency)));
	}

	@Benchmark
	public int stream() throws IOException {
		Reply reply = this.service.generate(ChatRequestParser.parse(this.streamBody, true), this.latency);
		ChatStream stream = new ChatStream(reply, completion(reply), false, true, this.mapper, 1);
		this.frames.reset();
		for (int i = 0; i < stream.size(); i++) {
			stream.writeData(i, this.frames);
		}
		return this.frames.size();
	}

	private static ChatCompletion completion(Reply reply) {
		return ChatCompletion.from(reply, ChatCompletion.newId(), System.currentTimeMillis() / 1000);
	}

}
