package dev.fakeai.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TimingPlan;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.models.Capability;
import dev.fakeai.simulation.Token;
import dev.fakeai.delivery.ChunkSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A completion as OpenAI streams it: per choice a first chunk ({@code role},
 * {@code content: ""} and {@code refusal: null} for text; a single tool call's header in
 * the same chunk; {@code content: null} alone before parallel calls, whose header and
 * argument chunks carry {@code usage} before {@code choices}), reasoning deltas, then
 * content deltas or argument fragments, a finish chunk; choices advance together, one
 * token a round; then, when asked for, a usage chunk with no choices. Every chunk ends
 * with random {@code obfuscation} unless the client turned it off. The first chunk waits
 * the time to first token (plus hidden reasoning), each round the next inter-token delay.
 */
final class ChatStream implements ChunkSource {

	private final Reply reply;

	private final ChatCompletion completion;

	private final boolean includeUsage;

	private final JsonMapper mapper;

	private final boolean obfuscation;

	private final long seed;

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

	private static final byte[] CONTENT_END_NO_LOGPROBS = "\"},\"finish_reason\":null}"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OBFUSCATION_START = ",\"obfuscation\":\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OBFUSCATION_END = "\"}".getBytes(StandardCharsets.US_ASCII);

	/** Half a second of 24 kHz 16-bit sound a chunk. */
	private static final int AUDIO_CHUNK_BYTES = 24_000;

	/** The sound of each choice said aloud, by choice index. */
	private final Map<Integer, byte[]> audio = new HashMap<>();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	/** Obfuscation strings are 0 to 15 characters, as in the real API's chunks. */
	private static final int OBFUSCATION_BOUND = 16;

	/**
	 * The stream of a reply.
	 * @param reply the engine's reply, its text already cut into tokens
	 * @param completion the same reply as a completion (id, created, model, usage)
	 * @param includeUsage whether the stream ends with a usage chunk
	 * @param obfuscation whether chunks end with random padding
	 * @param mapper the JSON mapper
	 * @param seed the seed of the inter-token delays and the padding
	 */
	ChatStream(Reply reply, ChatCompletion completion, boolean includeUsage, boolean obfuscation, JsonMapper mapper,
			long seed) {
		this.reply = reply;
		this.completion = completion;
		this.includeUsage = includeUsage;
		this.obfuscation = obfuscation;
		this.seed = seed;
		this.mapper = mapper;
		List<List<Event>> perChoice = new ArrayList<>();
		for (GeneratedChoice choice : reply.choices()) {
			ChatCompletion.Audio audio = completion.choices().get(choice.index()).message().audio();
			if (audio != null) {
				this.audio.put(choice.index(), Base64.getDecoder().decode(audio.data()));
			}
			perChoice.add(events(choice, audio, this.audio.get(choice.index())));
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
		if (completion.moderation() != null) {
			this.events.add(new Event(-1, Kind.MODERATION, null, 0, false));
			delays.add(0L);
		}
		this.delays = delays.stream().mapToLong(Long::longValue).toArray();
	}

	private static List<Event> events(GeneratedChoice choice, ChatCompletion.@Nullable Audio audio,
			byte @Nullable [] sound) {
		int index = choice.index();
		List<Event> events = new ArrayList<>();
		events.add(new Event(index, Kind.ROLE, null, 0, false));
		if (audio != null && sound != null) {
			// An answer said aloud: its transcript in the content's pieces, then its
			// sound.
			for (int i = 0; i < choice.contentTokens().size(); i++) {
				events.add(new Event(index, Kind.AUDIO_TRANSCRIPT, choice.contentTokens().get(i).text(), i, true));
			}
			for (int chunk = 0; chunk * AUDIO_CHUNK_BYTES < sound.length; chunk++) {
				events.add(new Event(index, Kind.AUDIO_DATA, null, chunk, true));
			}
			events.add(new Event(index, Kind.AUDIO_DONE, null, 0, false));
			events.add(new Event(index, Kind.FINISH, null, 0, false));
			return events;
		}
		for (Token token : choice.reasoningContentTokens()) {
			events.add(new Event(index, Kind.REASONING, token.text(), 0, true));
		}
		for (int call = 0; call < choice.toolCalls().size(); call++) {
			if (call > 0 || choice.toolCalls().size() > 1) {
				events.add(new Event(index, Kind.TOOL_START, null, call, true));
			}
			for (Token token : choice.argumentTokens().get(call)) {
				events.add(new Event(index, Kind.TOOL_ARGUMENTS, token.text(), call, true));
			}
		}
		for (int i = 0; i < choice.contentTokens().size(); i++) {
			events.add(new Event(index, Kind.CONTENT, choice.contentTokens().get(i).text(), i, true));
		}
		events.add(new Event(index, Kind.FINISH, null, 0, false));
		if (events.size() > 2) {
			Event firstToken = events.get(1);
			events.set(1,
					new Event(firstToken.choice(), firstToken.kind(), firstToken.text(), firstToken.position(), false));
		}
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
			return contentFrame(index, event);
		}
		return jacksonFrame(index, event);
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
		out.write(this.reply.has(Capability.LOGPROBS) ? CONTENT_END : CONTENT_END_NO_LOGPROBS);
		out.write(this.suffixBytes);
		String padding = padding(index);
		if (padding == null) {
			out.write('}');
			return;
		}
		out.write(OBFUSCATION_START);
		out.write(padding.getBytes(StandardCharsets.US_ASCII));
		out.write(OBFUSCATION_END);
	}

	/**
	 * The padding of frame {@code index}: random alphanumerics, 0 to 15 of them, the same
	 * for the same stream and frame.
	 */
	private @Nullable String padding(int index) {
		if (!this.obfuscation) {
			return null;
		}
		SplittableRandom random = new SplittableRandom(this.seed ^ ((index + 1) * 0x9E3779B97F4A7C15L));
		char[] padding = new char[random.nextInt(OBFUSCATION_BOUND)];
		for (int i = 0; i < padding.length; i++) {
			padding[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
		}
		return new String(padding);
	}

	private boolean isPlainContent(Event event) {
		if (event.kind() != Kind.CONTENT) {
			return false;
		}
		GeneratedChoice choice = this.reply.choices().get(event.choice());
		return choice.logprobs() == null && !choice.refusal();
	}

	/**
	 * The frame of a plain content token, written from a template: the same JSON Jackson
	 * writes for it, without building a chunk object per token.
	 */
	private String contentFrame(int index, Event event) {
		template();
		StringBuilder frame = new StringBuilder(this.prefix.length() + 112 + event.text().length());
		frame.append(this.prefix).append("{\"index\":").append(event.choice()).append(",\"delta\":{\"content\":\"");
		ESCAPER.quoteAsString(event.text(), frame);
		frame.append(this.reply.has(Capability.LOGPROBS) ? "\"},\"logprobs\":null,\"finish_reason\":null}"
				: "\"},\"finish_reason\":null}")
			.append(this.suffix);
		String padding = padding(index);
		return ((padding != null) ? frame.append(",\"obfuscation\":\"").append(padding).append('"') : frame).append('}')
			.toString();
	}

	/**
	 * The parts of a content frame around its choice, from the frame Jackson writes:
	 * everything up to {@code "choices":[}, then {@code ]} and the {@code usage} key
	 * without the closing brace (obfuscation comes after it).
	 */
	private void template() {
		if (this.prefix == null) {
			String frame = jacksonFrame(-1, new Event(-1, Kind.USAGE, null, 0, false));
			this.prefix = frame.substring(0, frame.indexOf(CHOICES) + CHOICES.length());
			this.suffix = this.includeUsage ? "],\"usage\":null" : "]";
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
		return jacksonFrame(index, this.events.get(index));
	}

	private String jacksonFrame(int index, Event event) {
		ChatCompletion completion = this.completion;
		GeneratedChoice generated = (event.choice() < 0) ? null : this.reply.choices().get(event.choice());
		List<ChatCompletionChunk.Choice> choices = (generated == null) ? List.of() : List.of(choice(event, generated));
		Optional<ChatCompletion.Usage> usage = null;
		if (this.includeUsage) {
			usage = (event.kind() == Kind.USAGE) ? Optional.of(completion.usage()) : Optional.empty();
		}
		ChatCompletionChunk chunk = new ChatCompletionChunk(completion.id(), "chat.completion.chunk",
				completion.created(), completion.model(), completion.serviceTier(), completion.systemFingerprint(),
				choices, (event.kind() == Kind.MODERATION) ? completion.moderation() : null, usage,
				(index >= 0) ? padding(index) : null);
		boolean parallelCallChunk = generated != null && generated.toolCalls().size() > 1
				&& (event.kind() == Kind.TOOL_START || event.kind() == Kind.TOOL_ARGUMENTS);
		return this.mapper.writeValueAsString(parallelCallChunk ? chunk.usageFirst() : chunk);
	}

	private ChatCompletionChunk.Choice choice(Event event, GeneratedChoice choice) {
		ChatCompletionChunk.Delta delta = switch (event.kind()) {
			case ROLE ->
				this.audio.containsKey(choice.index()) ? ChatCompletionChunk.Delta.FIRST_AUDIO : firstDelta(choice);
			case AUDIO_TRANSCRIPT -> ChatCompletionChunk.Delta.audio(transcript(choice, event));
			case AUDIO_DATA -> ChatCompletionChunk.Delta.audio(Map.of("data", data(choice, event)));
			case AUDIO_DONE -> ChatCompletionChunk.Delta.audio(
					Map.of("expires_at", this.completion.choices().get(choice.index()).message().audio().expiresAt()));
			case REASONING -> ChatCompletionChunk.Delta.reasoning(event.text());
			case CONTENT -> choice.refusal() ? ChatCompletionChunk.Delta.refusal(event.text())
					: ChatCompletionChunk.Delta.content(event.text());
			case TOOL_START ->
				ChatCompletionChunk.Delta.toolCall(header(choice.toolCalls().get(event.position()), event.position()));
			case TOOL_ARGUMENTS ->
				ChatCompletionChunk.Delta.toolCall(new ChatCompletionChunk.ToolCallDelta(event.position(), null, null,
						new ChatCompletionChunk.FunctionDelta(null, event.text())));
			default -> ChatCompletionChunk.Delta.EMPTY;
		};
		Optional<ChatCompletion.Logprobs> logprobs = null;
		if (this.reply.has(Capability.LOGPROBS)) {
			logprobs = Optional.empty();
			if (event.kind() == Kind.CONTENT && choice.logprobs() != null) {
				List<ChatCompletion.TokenLogprob> token = List
					.of(ChatCompletion.tokenLogprob(choice.logprobs().get(event.position())));
				logprobs = Optional.of(choice.refusal() ? new ChatCompletion.Logprobs(null, token)
						: new ChatCompletion.Logprobs(token, null));
			}
		}
		return new ChatCompletionChunk.Choice(choice.index(), delta, logprobs,
				(event.kind() == Kind.FINISH) ? choice.finishReason().toString() : null);
	}

	/** The audio's id with its first transcript piece, then the pieces alone. */
	private Map<String, Object> transcript(GeneratedChoice choice, Event event) {
		Map<String, Object> audio = new LinkedHashMap<>();
		if (event.position() == 0) {
			audio.put("id", this.completion.choices().get(choice.index()).message().audio().id());
		}
		audio.put("transcript", event.text());
		return audio;
	}

	/** Chunk {@code position} of the sound, base64. */
	private String data(GeneratedChoice choice, Event event) {
		byte[] sound = this.audio.get(choice.index());
		int from = event.position() * AUDIO_CHUNK_BYTES;
		return Base64.getEncoder()
			.encodeToString(Arrays.copyOfRange(sound, from, Math.min(sound.length, from + AUDIO_CHUNK_BYTES)));
	}

	/**
	 * The first delta of a choice as the real API sends it: for text, the role with empty
	 * content and a null refusal; for one tool call, its header in the same chunk; for
	 * parallel calls, the role and null content alone.
	 */
	private static ChatCompletionChunk.Delta firstDelta(GeneratedChoice choice) {
		return switch (choice.toolCalls().size()) {
			case 0 -> choice.refusal() ? ChatCompletionChunk.Delta.FIRST_REFUSAL : ChatCompletionChunk.Delta.FIRST_TEXT;
			case 1 -> ChatCompletionChunk.Delta.firstOfOneCall(header(choice.toolCalls().get(0), 0));
			default -> ChatCompletionChunk.Delta.FIRST_OF_CALLS;
		};
	}

	private static ChatCompletionChunk.ToolCallDelta header(ToolCall call, int position) {
		return new ChatCompletionChunk.ToolCallDelta(position, call.id(), "function",
				new ChatCompletionChunk.FunctionDelta(call.name(), ""));
	}

	private enum Kind {

		ROLE, REASONING, CONTENT, TOOL_START, TOOL_ARGUMENTS, AUDIO_TRANSCRIPT, AUDIO_DATA, AUDIO_DONE, FINISH, USAGE,
		MODERATION

	}

	/**
	 * One frame to send.
	 *
	 * @param choice the choice index, -1 for the usage and moderation chunks
	 * @param kind what the frame carries
	 * @param text the token text, for token frames
	 * @param position the token or tool call position
	 * @param paced whether it waits an inter-token delay when it opens a round
	 */
	private record Event(int choice, Kind kind, @Nullable String text, int position, boolean paced) {
	}

}
