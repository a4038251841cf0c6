package dev.fakeai.completions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.fakeai.delivery.ChunkSource;
import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.TimingPlan;
import dev.fakeai.simulation.Token;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A completion as the legacy API streams it: per choice (prompt by prompt), the echoed
 * prompt where asked, one chunk per token (with its log probabilities where asked), the
 * suffix, and a last chunk with the finish reason; then, when asked for, a usage chunk
 * with no choices; every chunk's {@code object} is {@code text_completion}. Each reply's
 * first chunk waits its time to first token, each further token its inter-token delay.
 */
final class CompletionStream implements ChunkSource {

	private final Completion completion;

	private final boolean includeUsage;

	private final JsonMapper mapper;

	private final List<Frame> frames = new ArrayList<>();

	private final List<Long> delays = new ArrayList<>();

	/**
	 * The stream of answered prompts.
	 * @param request the request
	 * @param answers each prompt's text and reply, in order
	 * @param completion the same answers as a completion (id, created, model, usage)
	 * @param mapper the JSON mapper
	 * @param seed the seed of the delays
	 */
	CompletionStream(CompletionsRequestParser.Parsed request, List<CompletionRenderer.Answered> answers,
			Completion completion, JsonMapper mapper, long seed) {
		this.completion = completion;
		this.includeUsage = request.generation().includeUsage();
		this.mapper = mapper;
		SplittableRandom random = new SplittableRandom(seed);
		for (int p = 0; p < answers.size(); p++) {
			CompletionRenderer.Answered answer = answers.get(p);
			TimingPlan timing = answer.reply().timing();
			boolean first = true;
			for (int i = 0; i < request.n(); i++) {
				GeneratedChoice choice = answer.reply().choices().get(i);
				int index = p * request.n() + i;
				if (request.echo()) {
					add(new Frame(index, answer.prompt(), null, null), 0);
				}
				List<Token> tokens = choice.contentTokens();
				int offset = 0;
				for (int t = 0; t < tokens.size(); t++) {
					Completion.Logprobs logprobs = (request.logprobs() != null && choice.logprobs() != null)
							? CompletionRenderer.logprobs(List.of(choice.logprobs().get(t)), offset) : null;
					add(new Frame(index, tokens.get(t).text(), logprobs, null),
							first ? timing.firstTokenNanos() : timing.nextDelayNanos(random));
					offset += tokens.get(t).text().length();
					first = false;
				}
				if (request.suffix() != null) {
					add(new Frame(index, request.suffix(), null, null), 0);
				}
				add(new Frame(index, "", null, choice.finishReason().toString()), first ? timing.firstTokenNanos() : 0);
				first = false;
			}
		}
		if (this.includeUsage) {
			add(null, 0);
		}
	}

	private void add(@Nullable Frame frame, long delay) {
		this.frames.add(frame);
		this.delays.add(delay);
	}

	@Override
	public int size() {
		return this.frames.size();
	}

	@Override
	public long delayNanos(int index) {
		return this.delays.get(index);
	}

	@Override
	public String data(int index) {
		Frame frame = this.frames.get(index);
		Completion source = this.completion;
		List<Completion.Choice> choices = (frame == null) ? List.of()
				: List.of(new Completion.Choice(frame.text(), frame.index(), frame.logprobs(), frame.finishReason()));
		Optional<Completion.Usage> usage = null;
		if (this.includeUsage) {
			usage = (frame == null) ? source.usage() : Optional.empty();
		}
		return this.mapper.writeValueAsString(new Completion(source.id(), source.object(), source.created(),
				source.model(), source.systemFingerprint(), choices, usage));
	}

	/**
	 * One chunk's choice.
	 *
	 * @param index the choice index
	 * @param text the text it adds
	 * @param logprobs the token's log probabilities, when asked for
	 * @param finishReason why the choice ended, in its last chunk
	 */
	private record Frame(int index, String text, Completion.@Nullable Logprobs logprobs,
			@Nullable String finishReason) {
	}

}
