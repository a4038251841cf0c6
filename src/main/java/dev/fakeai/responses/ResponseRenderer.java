package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.fakeai.engine.FinishReason;
import dev.fakeai.engine.GeneratedChoice;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.TokenLogprob;
import dev.fakeai.engine.ToolCall;
import dev.fakeai.models.Capability;
import org.jspecify.annotations.Nullable;

/**
 * Renders the engine's reply as a {@code Response}: a reasoning item first for reasoning
 * models (with its summary or text), then the function calls or the assistant message;
 * {@code incomplete} when the output limit cut it; the usage in the Responses API's
 * words; and the request's settings echoed.
 */
final class ResponseRenderer {

	private static final int ENCRYPTED_BYTES = 96;

	private ResponseRenderer() {
	}

	/**
	 * The finished response of a reply.
	 * @param request the request
	 * @param reply the engine's reply
	 * @param id the response id
	 * @param createdAt unix seconds
	 * @param completedAt unix seconds
	 * @return the response
	 */
	static ResponseObject render(ResponsesRequest request, Reply reply, String id, long createdAt, long completedAt) {
		GeneratedChoice choice = reply.choices().get(0);
		boolean filtered = choice.finishReason() == FinishReason.CONTENT_FILTER;
		boolean cut = choice.finishReason() == FinishReason.LENGTH || filtered;
		String itemStatus = cut ? ResponseObject.INCOMPLETE : ResponseObject.COMPLETED;
		List<ResponseObject.OutputItem> output = new ArrayList<>();
		if (reply.has(Capability.REASONING)) {
			output.add(reasoning(choice, request.includeEncryptedReasoning()));
		}
		for (ToolCall call : choice.toolCalls()) {
			output.add(new ResponseObject.FunctionCallItem(ResponseIds.functionCall(), "function_call", itemStatus,
					call.id(), call.name(), call.arguments()));
		}
		if (choice.content() != null && !(cut && choice.content().isEmpty())) {
			output.add(new ResponseObject.MessageItem(ResponseIds.message(), "message", itemStatus, "assistant",
					List.of(choice.refusal() ? ResponseObject.Refusal.of(choice.content())
							: ResponseObject.OutputText.of(choice.content(), logprobs(choice.logprobs())))));
		}
		ResponseObject.IncompleteDetails incomplete = cut
				? new ResponseObject.IncompleteDetails(filtered ? "content_filter" : "max_output_tokens") : null;
		return response(request, reply, id, createdAt, cut ? ResponseObject.INCOMPLETE : ResponseObject.COMPLETED,
				cut ? null : completedAt, incomplete, output, usage(reply.usage()));
	}

	private static ResponseObject response(ResponsesRequest request, Reply reply, String id, long createdAt,
			String status, @Nullable Long completedAt, ResponseObject.@Nullable IncompleteDetails incomplete,
			List<ResponseObject.OutputItem> output, ResponseObject.Usage usage) {
		ResponsesRequest.Echo echo = request.echo();
		String effort = echo.reasoningEffort();
		if (effort == null && reply.has(Capability.REASONING)) {
			effort = "medium";
		}
		return new ResponseObject(id, "response", createdAt, status, request.background(), completedAt, null,
				incomplete, request.instructions(), echo.maxOutputTokens(), echo.maxToolCalls(), reply.model(), output,
				echo.parallelToolCalls(), request.previousResponseId(), echo.promptCacheKey(),
				new ResponseObject.Reasoning(effort, echo.reasoningSummary()), echo.safetyIdentifier(),
				reply.serviceTier(), request.store(), (echo.temperature() != null) ? echo.temperature() : 1.0,
				echo.text(), echo.toolChoice(), echo.tools(), echo.topLogprobs(),
				(echo.topP() != null) ? echo.topP() : 1.0, echo.truncation(), usage, echo.user(), echo.metadata());
	}

	private static ResponseObject.ReasoningItem reasoning(GeneratedChoice choice, boolean encrypted) {
		List<ResponseObject.Text> summary = (choice.reasoningSummary() != null)
				? List.of(new ResponseObject.Text("summary_text", choice.reasoningSummary())) : List.of();
		List<ResponseObject.Text> content = (choice.reasoningContent() != null)
				? List.of(new ResponseObject.Text("reasoning_text", choice.reasoningContent())) : List.of();
		return new ResponseObject.ReasoningItem(ResponseIds.reasoning(), "reasoning", summary, content,
				encrypted ? encryptedContent() : null);
	}

	/**
	 * An opaque stand-in for the encrypted reasoning OpenAI returns: random bytes in the
	 * shape of a Fernet token, which clients only pass back.
	 */
	private static String encryptedContent() {
		byte[] bytes = new byte[ENCRYPTED_BYTES];
		ThreadLocalRandom.current().nextBytes(bytes);
		bytes[0] = (byte) 0x80;
		return Base64.getUrlEncoder().encodeToString(bytes);
	}

	static List<ResponseObject.Logprob> logprobs(@Nullable List<TokenLogprob> logprobs) {
		if (logprobs == null) {
			return List.of();
		}
		return logprobs.stream().map(ResponseRenderer::logprob).toList();
	}

	static ResponseObject.Logprob logprob(TokenLogprob logprob) {
		return new ResponseObject.Logprob(logprob.token(), (float) logprob.logprob(), logprob.bytes(),
				logprob.topLogprobs()
					.stream()
					.map((top) -> new ResponseObject.TopLogprob(top.token(), (float) top.logprob(), top.bytes()))
					.toList());
	}

	private static ResponseObject.Usage usage(dev.fakeai.engine.Usage usage) {
		return new ResponseObject.Usage(usage.promptTokens(), new ResponseObject.InputDetails(usage.cachedTokens(), 0),
				usage.completionTokens(), new ResponseObject.OutputDetails(usage.reasoningTokens()),
				usage.totalTokens());
	}

}
