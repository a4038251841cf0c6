package dev.fakeai.simulation.answers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.fakeai.simulation.PromptTopic;
import dev.fakeai.simulation.TextComposer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the answer engine's chain in front of the composer: on a miss (every skill
 * declines, the composer answers), on hits (a capital, arithmetic, the last skill in the
 * chain, recall over a conversation), and the composer's own answer as the floor the chain
 * adds to; and the chain over the 10,000 varied prompts of {@code bench/prompts.txt} (none
 * a skill answers), as {@code ChatServiceBenchmark.completeVariedAndSerialize} sends them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerEngineBenchmark {

	private AnswerEngine engine;

	private TextComposer composer;

	private Conversation miss;

	private PromptTopic missTopic;

	private Conversation capital;

	private Conversation arithmetic;

	private Conversation lastSkill;

	private Conversation recall;

	private List<Conversation> varied;

	private int next;

	@Setup
	public void setUp() throws IOException {
		this.varied = new ArrayList<>();
		for (String prompt : Files.readAllLines(Path.of("bench/prompts.txt"))) {
			this.varied.add(new Conversation(List.of(Conversation.Turn.of("system", "You are a helpful assistant."),
					Conversation.Turn.of("user", prompt))));
		}
		this.engine = new AnswerEngine();
		this.composer = new TextComposer();
		String explain = "Explain how photosynthesis turns sunlight, water and carbon dioxide into sugar, "
				+ "and why it matters for life on Earth.";
		this.miss = user(explain);
		this.missTopic = PromptTopic.of(explain);
		this.capital = user("What is the capital of France?");
		this.arithmetic = user("What is 12 * (3 + 4) - 5?");
		this.lastSkill = user("Say the meeting moved to Friday");
		this.recall = new Conversation(List.of(Conversation.Turn.of("system", "You are a helpful assistant."),
				Conversation.Turn.of("user", "Hi! My name is Ada and I live in Lyon."),
				Conversation.Turn.of("assistant", "Nice to meet you, Ada!"), Conversation.Turn.of("user", "What is my name?")));
	}

	private static Conversation user(String text) {
		return new Conversation(List.of(Conversation.Turn.of("user", text)));
	}

	@Benchmark
	public String chainOnAMiss() {
		return this.engine.answer(this.miss, TokenBias.NONE, new SplittableRandom(7));
	}

	@Benchmark
	public String chainOnVariedPrompts() {
		Conversation conversation = this.varied.get(this.next);
		this.next = (this.next + 1) % this.varied.size();
		return this.engine.answer(conversation, TokenBias.NONE, new SplittableRandom(7));
	}

	@Benchmark
	public String composerOnThatMissFloor() {
		return this.composer.answer(this.missTopic, new SplittableRandom(7));
	}

	@Benchmark
	public String chainHitCapital() {
		return this.engine.answer(this.capital, TokenBias.NONE, new SplittableRandom(7));
	}

	@Benchmark
	public String chainHitArithmetic() {
		return this.engine.answer(this.arithmetic, TokenBias.NONE, new SplittableRandom(7));
	}

	@Benchmark
	public String chainHitLastSkill() {
		return this.engine.answer(this.lastSkill, TokenBias.NONE, new SplittableRandom(7));
	}

	@Benchmark
	public String chainHitRecall() {
		return this.engine.answer(this.recall, TokenBias.NONE, new SplittableRandom(7));
	}

}
