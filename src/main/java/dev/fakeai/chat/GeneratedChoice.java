package dev.fakeai.chat;

import java.util.List;

import dev.fakeai.simulation.Token;
import org.jspecify.annotations.Nullable;

/**
 * One generated choice, before it is shaped into a response or a stream.
 *
 * @param index the choice index
 * @param content the text, {@code null} for a tool-call turn
 * @param contentTokens the tokens of the content, when streamed or with log probabilities
 * (else empty)
 * @param reasoningContent visible reasoning, if the model returns it
 * @param reasoningTokens reasoning tokens spent (visible or hidden)
 * @param toolCalls the tool calls
 * @param finishReason {@code stop}, {@code length} or {@code tool_calls}
 * @param completionTokens all output tokens of this choice (reasoning included)
 * @param acceptedPredictionTokens predicted tokens that appear in the output
 * @param rejectedPredictionTokens predicted tokens that do not
 * @param logprobs per-token log probabilities, when asked for
 */
record GeneratedChoice(int index, @Nullable String content, List<Token> contentTokens,
		@Nullable String reasoningContent, int reasoningTokens, List<ChatCompletion.ToolCall> toolCalls,
		String finishReason, int completionTokens, int acceptedPredictionTokens, int rejectedPredictionTokens,
		ChatCompletion.@Nullable Logprobs logprobs) {

	GeneratedChoice {
		contentTokens = List.copyOf(contentTokens);
		toolCalls = List.copyOf(toolCalls);
	}

	/**
	 * What this choice says, for telling choices apart: its text, or its calls' names and
	 * arguments (call ids always differ).
	 * @return a key equal for choices that say the same
	 */
	String said() {
		StringBuilder key = new StringBuilder((this.content != null) ? this.content : "");
		for (ChatCompletion.ToolCall call : this.toolCalls) {
			key.append('\0').append(call.function().name()).append('\0').append(call.function().arguments());
		}
		return key.toString();
	}

}
