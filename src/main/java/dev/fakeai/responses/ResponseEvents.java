package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.fakeai.delivery.ChunkSource;
import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.TimingPlan;
import dev.fakeai.simulation.Token;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response as the Responses API streams it: {@code response.created} and
 * {@code response.in_progress} (with {@code response.queued} between them in the
 * background), then per output item {@code output_item.added}, its parts and deltas
 * (reasoning summary, reasoning text, function-call arguments or output text) and
 * {@code output_item.done}, then {@code response.completed} or
 * {@code response.incomplete} with the whole output and usage. Every event is named by an
 * {@code event:} line equal to its type and numbered from 0; nothing follows the last.
 * The first item waits the time to first token (hidden reasoning included), each further
 * delta the next inter-token delay.
 */
final class ResponseEvents implements ChunkSource {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final int OBFUSCATION_PAD = 16;

	private final ResponseObject done;

	private final ResponseObject started;

	private final boolean background;

	private final boolean obfuscation;

	private final JsonMapper mapper;

	private final long seed;

	private final List<Event> events = new ArrayList<>();

	private final long[] delays;

	/**
	 * The stream of a finished response.
	 * @param done the response as it ends
	 * @param choice the generated choice, its output already cut into tokens
	 * @param timing when its tokens are due
	 * @param background whether it was created in the background
	 * @param obfuscation whether deltas carry padding
	 * @param mapper the JSON mapper
	 * @param seed the seed of the delays and padding
	 */
	ResponseEvents(ResponseObject done, GeneratedChoice choice, TimingPlan timing, boolean background,
			boolean obfuscation, JsonMapper mapper, long seed) {
		this.done = done;
		this.started = done.pending(ResponseObject.IN_PROGRESS);
		this.background = background;
		this.obfuscation = obfuscation;
		this.mapper = mapper;
		this.seed = seed;
		this.events.add(new Event(Kind.CREATED, -1, -1));
		if (background) {
			this.events.add(new Event(Kind.QUEUED, -1, -1));
		}
		this.events.add(new Event(Kind.IN_PROGRESS, -1, -1));
		int calls = 0;
		for (int i = 0; i < done.output().size(); i++) {
			ResponseObject.OutputItem item = done.output().get(i);
			this.events.add(new Event(Kind.ITEM_ADDED, i, -1));
			if (item instanceof ResponseObject.ReasoningItem reasoning) {
				reasoningEvents(i, reasoning, choice);
			}
			else if (item instanceof ResponseObject.FunctionCallItem) {
				tokenEvents(i, Kind.ARGUMENTS_DELTA, choice.argumentTokens().get(calls++), Kind.ARGUMENTS_DONE);
			}
			else {
				this.events.add(new Event(Kind.PART_ADDED, i, -1));
				if (choice.refusal()) {
					tokenEvents(i, Kind.REFUSAL_DELTA, choice.contentTokens(), Kind.REFUSAL_DONE);
				}
				else {
					tokenEvents(i, Kind.TEXT_DELTA, choice.contentTokens(), Kind.TEXT_DONE);
				}
				this.events.add(new Event(Kind.PART_DONE, i, -1));
			}
			this.events.add(new Event(Kind.ITEM_DONE, i, -1));
		}
		this.events.add(new Event(Kind.TERMINAL, -1, -1));
		this.delays = delays(timing, new SplittableRandom(seed));
	}

	private void reasoningEvents(int item, ResponseObject.ReasoningItem reasoning, GeneratedChoice choice) {
		if (!reasoning.summary().isEmpty()) {
			this.events.add(new Event(Kind.SUMMARY_PART_ADDED, item, -1));
			tokenEvents(item, Kind.SUMMARY_DELTA, choice.reasoningSummaryTokens(), Kind.SUMMARY_DONE);
			this.events.add(new Event(Kind.SUMMARY_PART_DONE, item, -1));
		}
		if (!reasoning.content().isEmpty()) {
			this.events.add(new Event(Kind.PART_ADDED, item, -1));
			tokenEvents(item, Kind.REASONING_DELTA, choice.reasoningContentTokens(), Kind.REASONING_DONE);
			this.events.add(new Event(Kind.PART_DONE, item, -1));
		}
	}

	private void tokenEvents(int item, Kind delta, List<Token> tokens, Kind finished) {
		for (int i = 0; i < tokens.size(); i++) {
			this.events.add(new Event(delta, item, i, tokens.get(i).text()));
		}
		this.events.add(new Event(finished, item, -1));
	}

	private long[] delays(TimingPlan timing, SplittableRandom random) {
		long[] delays = new long[this.events.size()];
		boolean firstItem = true;
		boolean firstDelta = true;
		for (int i = 0; i < delays.length; i++) {
			Event event = this.events.get(i);
			if (event.kind() == Kind.ITEM_ADDED && firstItem) {
				delays[i] = timing.firstTokenNanos();
				firstItem = false;
			}
			else if (event.text() != null) {
				delays[i] = firstDelta ? 0 : timing.nextDelayNanos(random);
				firstDelta = false;
			}
		}
		if (firstItem && delays.length > 0) {
			delays[delays.length - 1] = timing.firstTokenNanos();
		}
		return delays;
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
	public String event(int index) {
		return type(this.events.get(index));
	}

	@Override
	public boolean doneMarker() {
		return false;
	}

	@Override
	public String data(int index) {
		return this.mapper.writeValueAsString(payload(index));
	}

	/**
	 * The frames sent in place of frame {@code index} when it cannot be made: an
	 * {@code error} event, then {@code response.failed}.
	 * @param index the frame that failed
	 * @return the SSE text
	 */
	String failure(int index) {
		String message = "The server had an error while processing your request.";
		ResponseStreamEvent.ErrorEvent error = new ResponseStreamEvent.ErrorEvent("error", index, "server_error",
				message, null);
		ResponseStreamEvent.Lifecycle failed = new ResponseStreamEvent.Lifecycle("response.failed", index + 1,
				this.done.failed("server_error", message));
		return "event: error\ndata: " + this.mapper.writeValueAsString(error) + "\n\nevent: response.failed\ndata: "
				+ this.mapper.writeValueAsString(failed) + "\n\n";
	}

	private ResponseStreamEvent payload(int sequence) {
		Event event = this.events.get(sequence);
		String type = type(event);
		ResponseObject.OutputItem item = (event.item() >= 0) ? this.done.output().get(event.item()) : null;
		return switch (event.kind()) {
			case CREATED -> new ResponseStreamEvent.Lifecycle(type, sequence,
					this.background ? this.done.pending(ResponseObject.QUEUED) : this.started);
			case QUEUED -> new ResponseStreamEvent.Lifecycle(type, sequence, this.done.pending(ResponseObject.QUEUED));
			case IN_PROGRESS -> new ResponseStreamEvent.Lifecycle(type, sequence, this.started);
			case TERMINAL -> new ResponseStreamEvent.Lifecycle(type, sequence, this.done);
			case ITEM_ADDED -> new ResponseStreamEvent.ItemEvent(type, sequence, event.item(), added(item));
			case ITEM_DONE -> new ResponseStreamEvent.ItemEvent(type, sequence, event.item(), item);
			case PART_ADDED ->
				new ResponseStreamEvent.PartEvent(type, sequence, item.id(), event.item(), 0, emptyPart(item));
			case PART_DONE -> new ResponseStreamEvent.PartEvent(type, sequence, item.id(), event.item(), 0, part(item));
			case TEXT_DELTA ->
				new ResponseStreamEvent.TextDelta(type, sequence, item.id(), event.item(), 0, event.text(),
						deltaLogprobs((ResponseObject.MessageItem) item, event.position()), padding(sequence, event));
			case REFUSAL_DELTA ->
				new ResponseStreamEvent.RefusalDelta(type, sequence, item.id(), event.item(), 0, event.text());
			case REFUSAL_DONE -> new ResponseStreamEvent.RefusalDone(type, sequence, item.id(), event.item(), 0,
					((ResponseObject.Refusal) part(item)).refusal());
			case TEXT_DONE -> {
				ResponseObject.OutputText text = (ResponseObject.OutputText) part(item);
				yield new ResponseStreamEvent.TextDone(type, sequence, item.id(), event.item(), 0, text.text(),
						text.logprobs());
			}
			case ARGUMENTS_DELTA -> new ResponseStreamEvent.ArgumentsDelta(type, sequence, item.id(), event.item(),
					event.text(), padding(sequence, event));
			case ARGUMENTS_DONE -> {
				ResponseObject.FunctionCallItem call = (ResponseObject.FunctionCallItem) item;
				yield new ResponseStreamEvent.ArgumentsDone(type, sequence, item.id(), event.item(), call.name(),
						call.arguments());
			}
			case SUMMARY_PART_ADDED -> new ResponseStreamEvent.SummaryPart(type, sequence, item.id(), event.item(), 0,
					new ResponseObject.Text("summary_text", ""));
			case SUMMARY_PART_DONE -> new ResponseStreamEvent.SummaryPart(type, sequence, item.id(), event.item(), 0,
					((ResponseObject.ReasoningItem) item).summary().get(0));
			case SUMMARY_DELTA -> new ResponseStreamEvent.SummaryDelta(type, sequence, item.id(), event.item(), 0,
					event.text(), padding(sequence, event));
			case SUMMARY_DONE -> new ResponseStreamEvent.SummaryDone(type, sequence, item.id(), event.item(), 0,
					((ResponseObject.ReasoningItem) item).summary().get(0).text());
			case REASONING_DELTA -> new ResponseStreamEvent.ReasoningDelta(type, sequence, item.id(), event.item(), 0,
					event.text(), padding(sequence, event));
			case REASONING_DONE -> new ResponseStreamEvent.ReasoningDone(type, sequence, item.id(), event.item(), 0,
					((ResponseObject.ReasoningItem) item).content().get(0).text());
		};
	}

	private String type(Event event) {
		if (event.kind() == Kind.TERMINAL) {
			return ResponseObject.INCOMPLETE.equals(this.done.status()) ? "response.incomplete" : "response.completed";
		}
		return event.kind().type;
	}

	/** An item as {@code output_item.added} shows it: in progress, with nothing yet. */
	private static ResponseObject.OutputItem added(ResponseObject.OutputItem item) {
		if (item instanceof ResponseObject.MessageItem message) {
			return new ResponseObject.MessageItem(message.id(), message.type(), ResponseObject.IN_PROGRESS,
					message.role(), List.of());
		}
		if (item instanceof ResponseObject.FunctionCallItem call) {
			return new ResponseObject.FunctionCallItem(call.id(), call.type(), ResponseObject.IN_PROGRESS,
					call.callId(), call.name(), "");
		}
		return new ResponseObject.ReasoningItem(item.id(), "reasoning", List.of(), List.of(), null);
	}

	private static Object emptyPart(ResponseObject.OutputItem item) {
		if (item instanceof ResponseObject.ReasoningItem) {
			return new ResponseObject.Text("reasoning_text", "");
		}
		if (part(item) instanceof ResponseObject.Refusal) {
			return ResponseObject.Refusal.of("");
		}
		return ResponseObject.OutputText.of("", List.of());
	}

	private static Object part(ResponseObject.OutputItem item) {
		if (item instanceof ResponseObject.ReasoningItem reasoning) {
			return reasoning.content().get(0);
		}
		return ((ResponseObject.MessageItem) item).content().get(0);
	}

	private static List<ResponseObject.Logprob> deltaLogprobs(ResponseObject.MessageItem item, int position) {
		List<ResponseObject.Logprob> logprobs = ((ResponseObject.OutputText) item.content().get(0)).logprobs();
		return (position < logprobs.size()) ? List.of(logprobs.get(position)) : List.of();
	}

	/**
	 * Random characters that pad a delta, as OpenAI sends by default so that frame sizes
	 * do not reveal token lengths; the same for the same stream and frame.
	 */
	private @Nullable String padding(int sequence, Event event) {
		if (!this.obfuscation) {
			return null;
		}
		SplittableRandom random = new SplittableRandom(this.seed ^ (sequence * 0x9E3779B97F4A7C15L));
		int length = Math.max(1, OBFUSCATION_PAD - event.text().length());
		char[] padding = new char[length];
		for (int i = 0; i < length; i++) {
			padding[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
		}
		return new String(padding);
	}

	private enum Kind {

		CREATED("response.created"), QUEUED("response.queued"), IN_PROGRESS("response.in_progress"),
		ITEM_ADDED("response.output_item.added"), PART_ADDED("response.content_part.added"),
		TEXT_DELTA("response.output_text.delta"), TEXT_DONE("response.output_text.done"),
		REFUSAL_DELTA("response.refusal.delta"), REFUSAL_DONE("response.refusal.done"),
		PART_DONE("response.content_part.done"), ARGUMENTS_DELTA("response.function_call_arguments.delta"),
		ARGUMENTS_DONE("response.function_call_arguments.done"),
		SUMMARY_PART_ADDED("response.reasoning_summary_part.added"),
		SUMMARY_DELTA("response.reasoning_summary_text.delta"), SUMMARY_DONE("response.reasoning_summary_text.done"),
		SUMMARY_PART_DONE("response.reasoning_summary_part.done"), REASONING_DELTA("response.reasoning_text.delta"),
		REASONING_DONE("response.reasoning_text.done"), ITEM_DONE("response.output_item.done"),
		/**
		 * {@code response.completed} or {@code response.incomplete}, by the response's
		 * status.
		 */
		TERMINAL("");

		private final String type;

		Kind(String type) {
			this.type = type;
		}

	}

	/**
	 * One event to send.
	 *
	 * @param kind what it is
	 * @param item the output index, -1 for the response's own events
	 * @param position the token's position, for deltas
	 * @param text the token, for deltas
	 */
	private record Event(Kind kind, int item, int position, @Nullable String text) {

		Event(Kind kind, int item, int position) {
			this(kind, item, position, null);
		}

	}

}
