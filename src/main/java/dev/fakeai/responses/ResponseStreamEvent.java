package dev.fakeai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code ResponseStreamEvent}: the events a streamed response sends, each with
 * its {@code type} and {@code sequence_number} first, and the indexes and item id every
 * SDK reads always present.
 */
sealed interface ResponseStreamEvent
		permits ResponseStreamEvent.Lifecycle, ResponseStreamEvent.ItemEvent, ResponseStreamEvent.RefusalDelta,
		ResponseStreamEvent.RefusalDone, ResponseStreamEvent.PartEvent, ResponseStreamEvent.TextDelta,
		ResponseStreamEvent.TextDone, ResponseStreamEvent.ArgumentsDelta, ResponseStreamEvent.ArgumentsDone,
		ResponseStreamEvent.SummaryPart, ResponseStreamEvent.SummaryDelta, ResponseStreamEvent.SummaryDone,
		ResponseStreamEvent.ReasoningDelta, ResponseStreamEvent.ReasoningDone, ResponseStreamEvent.ErrorEvent {

	record Lifecycle(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("response") ResponseObject response) implements ResponseStreamEvent {
	}

	record ItemEvent(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("output_index") int outputIndex,
			@JsonProperty("item") ResponseObject.OutputItem item) implements ResponseStreamEvent {
	}

	record PartEvent(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex,
			@JsonProperty("part") Object part) implements ResponseStreamEvent {
	}

	record TextDelta(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex, @JsonProperty("delta") String delta,
			@JsonProperty("logprobs") List<ResponseObject.Logprob> logprobs,
			@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation)
			implements
				ResponseStreamEvent {
	}

	record RefusalDelta(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex,
			@JsonProperty("delta") String delta) implements ResponseStreamEvent {
	}

	record RefusalDone(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex,
			@JsonProperty("refusal") String refusal) implements ResponseStreamEvent {
	}

	record TextDone(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex, @JsonProperty("text") String text,
			@JsonProperty("logprobs") List<ResponseObject.Logprob> logprobs) implements ResponseStreamEvent {
	}

	record ArgumentsDelta(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("delta") String delta,
			@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation)
			implements
				ResponseStreamEvent {
	}

	record ArgumentsDone(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("name") String name,
			@JsonProperty("arguments") String arguments) implements ResponseStreamEvent {
	}

	record SummaryPart(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("summary_index") int summaryIndex,
			@JsonProperty("part") ResponseObject.Text part) implements ResponseStreamEvent {
	}

	record SummaryDelta(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("summary_index") int summaryIndex, @JsonProperty("delta") String delta,
			@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation)
			implements
				ResponseStreamEvent {
	}

	record SummaryDone(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("summary_index") int summaryIndex,
			@JsonProperty("text") String text) implements ResponseStreamEvent {
	}

	record ReasoningDelta(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex, @JsonProperty("delta") String delta,
			@JsonProperty("obfuscation") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String obfuscation)
			implements
				ResponseStreamEvent {
	}

	record ReasoningDone(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("item_id") String itemId, @JsonProperty("output_index") int outputIndex,
			@JsonProperty("content_index") int contentIndex,
			@JsonProperty("text") String text) implements ResponseStreamEvent {
	}

	record ErrorEvent(@JsonProperty("type") String type, @JsonProperty("sequence_number") int sequenceNumber,
			@JsonProperty("code") String code, @JsonProperty("message") String message,
			@JsonProperty("param") @Nullable String param) implements ResponseStreamEvent {
	}

}
