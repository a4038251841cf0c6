package dev.fakeai.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * A streamed answer as a test reads it: the partial texts as they came, and the complete
 * response.
 *
 * @param partials the partial responses, joined
 * @param response the complete response
 */
record Streamed(String partials, ChatResponse response) {

	static Streamed of(StreamingChatModel model, String prompt) throws Exception {
		StringBuilder partials = new StringBuilder();
		CompletableFuture<ChatResponse> done = new CompletableFuture<>();
		model.chat(prompt, new StreamingChatResponseHandler() {
			@Override
			public void onPartialResponse(String partial) {
				partials.append(partial);
			}

			@Override
			public void onCompleteResponse(ChatResponse response) {
				done.complete(response);
			}

			@Override
			public void onError(Throwable error) {
				done.completeExceptionally(error);
			}
		});
		ChatResponse response = done.get(30, TimeUnit.SECONDS);
		return new Streamed(partials.toString(), response);
	}

}
