package dev.fakeai.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TimingPlan;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.errors.ApiError;
import dev.fakeai.simulation.Token;
import dev.fakeai.delivery.ChunkSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A completion as OpenAI streams it: per choice a role chunk, reasoning deltas, then
 * content deltas (or tool calls: id, type and name first, then argument fragments), a
 * finish chunk; choices advance together, one token a round; then, when asked for, a
 * usage chunk with no choices. The first chunk waits the time to first token (plus hidden
 * reasoning), each round the next inter-token delay.
 */
final class ChatStream implements ChunkSource {

	private final Reply reply;

	private final ChatCompletion completion;

	private final boolean includeUsage;

	private final JsonMapper mapper;

	private final List<Event> events;

	private final long[] delays;

	private static final JsonStringEncoder ESCAPER = JsonStringEncoder.getInstance();

	private static final String CHOICES = "\"choices\":[";

	private @Nullable String prefix;

	private String suffix = "";

	private byte[] prefixBytes = new byte[0];

	private byte[] suffixBytes = new byte[0];

	private static final byte[] CONTENT_START = "{\"index\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CONTENT_DELTA = ",\"delta\":{\"content\":\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CONTENT_END = "\"},\"logprobs\":null,\"finish_reason\":null}"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * The stream of a reply.
	 * @param reply the engine's reply, its text already cut into tokens
	 * @param completion the same reply as a completion (id, created, model, usage)
	 * @param includeUsage whether the stream ends with a usage chunk
	 * @param mapper the JSON mapper
	 * @param seed the seed of the inter-token delays
	 */
	ChatStream(Reply reply, ChatCompletion completion, boolean includeUsage, JsonMapper mapper, long seed) {
		this.reply = reply;
		this.completion = completion;
		this.includeUsage = includeUsage;
		this.mapper = mapper;
		List<List<Event>> perChoice = new ArrayList<>();
		for (GeneratedChoice choice : reply.choices()) {
			perChoice.add(events(choice));
		}
		this.events = new ArrayList<>();
		List<Long> delays = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(seed);
		TimingPlan timing = reply.timing();
		for (int round = 0;; round++) {
			boolean any = false;
			for (List<Event> choiceEvents : perChoice) {
				if (round < choiceEvents.size()) {
					Event event = choiceEvents.get(round);
					long delay = 0;
					if (!any) {
						delay = (round == 0) ? timing.firstTokenNanos()
								: event.paced() ? timing.nextDelayNanos(random) : 0;
					}
					this.events.add(event);
					delays.add(delay);
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		if (includeUsage) {
			this.events.add(new Event(-1, Kind.USAGE, null, 0, false));
			delays.add(0L);
		}
		this.delays = delays.stream().mapToLong(Long::longValue).toArray();
	}

	private static List<Event> events(GeneratedChoice choice) {
		int index = choice.index();
		List<Event> events = new ArrayList<>();
		events.add(new Event(index, Kind.ROLE, null, 0, false));
		for (Token token : choice.reasoningContentTokens()) {
			events.add(new Event(index, Kind.REASONING, token.text(), 0, true));
		}
		for (int call = 0; call < choice.toolCalls().size(); call++) {
			events.add(new Event(index, Kind.TOOL_START, null, call, true));
			for (Token token : choice.argumentTokens().get(call)) {
				events.add(new Event(index, Kind.TOOL_ARGUMENTS, token.text(), call, true));
			}
		}
		for (int i = 0; i < choice.contentTokens().size(); i++) {
			events.add(new Event(index, Kind.CONTENT, choice.contentTokens().get(i).text(), i, true));
		}
		events.add(new Event(index, Kind.FINISH, null, 0, false));
		Event firstToken = events.get(1);
		events.set(1,
				new Event(firstToken.choice(), firstToken.kind(), firstToken.text(), firstToken.position(), false));
		return events;
	}

	@Override
	public int size() {
		return this.events.size();
	}

	@Override
	public long delayNanos(int index) {
		return this.delays[index];
	}

	@Override
	public String data(int index) {
		Event event = this.events.get(index);
		if (isPlainContent(event)) {
			return contentFrame(event);
		}
		return jacksonFrame(event);
	}

	@Override
	public void writeData(int index, OutputStream out) throws IOException {
		Event event = this.events.get(index);
		if (!isPlainContent(event)) {
			out.write(data(index).getBytes(StandardCharsets.UTF_8));
			return;
		}
		template();
		out.write(this.prefixBytes);
		out.write(CONTENT_START);
		out.write(Integer.toString(event.choice()).getBytes(StandardCharsets.US_ASCII));
		out.write(CONTENT_DELTA);
		out.write(ESCAPER.quoteAsUTF8(event.text()));
		out.write(CONTENT_END);
		out.write(this.suffixBytes);
	}

	private boolean isPlainContent(Event event) {
		return event.kind() == Kind.CONTENT && this.reply.choices().get(event.choice()).logprobs() == null;
	}

	/**
	 * The frame of a plain content token, written from a template: the same JSON Jackson
	 * writes for it, without building a chunk object per token.
	 */
	private String contentFrame(Event event) {
		template();
		StringBuilder frame = new StringBuilder(this.prefix.length() + 96 + event.text().length());
		frame.append(this.prefix).append("{\"index\":").append(event.choice()).append(",\"delta\":{\"content\":\"");
		ESCAPER.quoteAsString(event.text(), frame);
		return frame.append("\"},\"logprobs\":null,\"finish_reason\":null}").append(this.suffix).toString();
	}

	private void template() {
		if (this.prefix == null) {
			String frame = jacksonFrame(new Event(-1, Kind.USAGE, null, 0, false));
			this.prefix = frame.substring(0, frame.indexOf(CHOICES) + CHOICES.length());
			this.suffix = this.includeUsage ? "],\"usage\":null}" : "]}";
			this.prefixBytes = this.prefix.getBytes(StandardCharsets.UTF_8);
			this.suffixBytes = this.suffix.getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * A frame as Jackson writes it, for comparison with the template in tests.
	 * @param index the frame
	 * @return the data
	 */
	String jacksonData(int index) {
		return jacksonFrame(this.events.get(index));
	}

	private String jacksonFrame(Event event) {
		ChatCompletion completion = this.completion;
		List<ChatCompletionChunk.Choice> choices = (event.kind() == Kind.USAGE) ? List.of()
				: List.of(choice(event, this.reply.choices().get(event.choice())));
		Optional<ChatCompletion.Usage> usage = null;
		if (this.includeUsage) {
			usage = (event.kind() == Kind.USAGE) ? Optional.of(completion.usage()) : Optional.empty();
		}
		return this.mapper
			.writeValueAsString(new ChatCompletionChunk(completion.id(), "chat.completion.chunk", completion.created(),
					completion.model(), completion.systemFingerprint(), completion.serviceTier(), choices, usage));
	}

	private static ChatCompletionChunk.Choice choice(Event event, GeneratedChoice choice) {
		ChatCompletionChunk.Delta delta = switch (event.kind()) {
			case ROLE ->
				new ChatCompletionChunk.Delta("assistant", choice.toolCalls().isEmpty() ? "" : null, null, null, null);
			case REASONING -> new ChatCompletionChunk.Delta(null, null, event.text(), null, null);
			case CONTENT -> new ChatCompletionChunk.Delta(null, event.text(), null, null, null);
			case TOOL_START -> toolStart(choice.toolCalls().get(event.position()), event.position());
			case TOOL_ARGUMENTS -> new ChatCompletionChunk.Delta(null, null, null,
					List.of(new ChatCompletionChunk.ToolCallDelta(event.position(), null, null,
							new ChatCompletionChunk.FunctionDelta(null, event.text()))),
					null);
			default -> ChatCompletionChunk.Delta.EMPTY;
		};
		ChatCompletion.Logprobs logprobs = null;
		if (event.kind() == Kind.CONTENT && choice.logprobs() != null) {
			logprobs = new ChatCompletion.Logprobs(
					List.of(ChatCompletion.tokenLogprob(choice.logprobs().get(event.position()))), null);
		}
		return new ChatCompletionChunk.Choice(choice.index(), delta, logprobs,
				(event.kind() == Kind.FINISH) ? choice.finishReason().toString() : null);
	}

	private static ChatCompletionChunk.Delta toolStart(ToolCall call, int position) {
		return new ChatCompletionChunk.Delta(null, null, null, List.of(new ChatCompletionChunk.ToolCallDelta(position,
				call.id(), "function", new ChatCompletionChunk.FunctionDelta(call.name(), ""))), null);
	}

	/**
	 * The frame sent if a later frame cannot be made: an error envelope, which SDKs
	 * raise.
	 * @param mapper the JSON mapper
	 * @return the SSE frame
	 */
	static String errorFrame(JsonMapper mapper) {
		return "data: " + mapper.writeValueAsString(
				ApiError.of("The server had an error while processing your request.", "server_error", null, null))
				+ "\n\n";
	}

	private enum Kind {

		ROLE, REASONING, CONTENT, TOOL_START, TOOL_ARGUMENTS, FINISH, USAGE

	}

	/**
	 * One frame to send.
	 *
	 * @param choice the choice index, -1 for the usage chunk
	 * @param kind what the frame carries
	 * @param text the token text, for token frames
	 * @param position the token or tool call position
	 * @param paced whether it waits an inter-token delay when it opens a round
	 */
	private record Event(int choice, Kind kind, @Nullable String text, int position, boolean paced) {
	}

}
