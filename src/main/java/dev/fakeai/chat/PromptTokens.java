package dev.fakeai.chat;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.models.Tokenizer;
import dev.fakeai.simulation.MediaTokens;
import dev.fakeai.simulation.TokenCounter;

/**
 * Counts a prompt as OpenAI bills it: per message 3 tokens of framing plus the role, the
 * content and the name (1 more), plus images and audio; 3 tokens that prime the reply;
 * and the tool definitions. Also keeps, per message, the tokens so far and a hash of the
 * conversation so far, for prompt caching.
 *
 * @param total all prompt tokens
 * @param audio the audio tokens among them
 * @param prefixTokens tokens through each message
 * @param prefixHashes hash of the conversation through each message
 */
record PromptTokens(int total, int audio, List<Integer> prefixTokens, List<Long> prefixHashes) {

	private static final int PER_MESSAGE = 3;

	private static final int PER_NAME = 1;

	private static final int REPLY_PRIMING = 3;

	private static final int PER_TOOL = 8;

	PromptTokens {
		prefixTokens = List.copyOf(prefixTokens);
		prefixHashes = List.copyOf(prefixHashes);
	}

	static PromptTokens count(ChatRequest request, Tokenizer tokenizer, TokenCounter counter) {
		int total = toolTokens(request, tokenizer, counter);
		int audio = 0;
		long hash = 0xcbf29ce484222325L ^ request.tools().hashCode();
		List<Integer> prefixTokens = new ArrayList<>(request.messages().size());
		List<Long> prefixHashes = new ArrayList<>(request.messages().size());
		for (ChatRequest.Message message : request.messages()) {
			total += PER_MESSAGE + counter.count(tokenizer, message.role()) + counter.count(tokenizer, message.text());
			if (message.name() != null) {
				total += PER_NAME + counter.count(tokenizer, message.name());
			}
			for (var call : message.toolCalls()) {
				total += counter.count(tokenizer, call.toString());
			}
			for (ChatRequest.ContentPart part : message.parts()) {
				int tokens = partTokens(part);
				total += tokens;
				audio += "input_audio".equals(part.type()) ? tokens : 0;
			}
			hash = 31 * (31 * hash + message.role().hashCode()) + message.text().hashCode()
					+ message.parts().hashCode();
			prefixTokens.add(total);
			prefixHashes.add(hash);
		}
		return new PromptTokens(total + REPLY_PRIMING, audio, prefixTokens, prefixHashes);
	}

	private static int toolTokens(ChatRequest request, Tokenizer tokenizer, TokenCounter counter) {
		int tokens = 0;
		for (ChatRequest.Tool tool : request.tools()) {
			tokens += PER_TOOL + counter.count(tokenizer, tool.name()) + counter.count(tokenizer, tool.description())
					+ counter.count(tokenizer, tool.parameters().toString());
		}
		return tokens;
	}

	private static int partTokens(ChatRequest.ContentPart part) {
		return switch (part.type()) {
			case "image_url" -> MediaTokens.image(part.url(), part.detail());
			case "input_audio" -> MediaTokens.audio(part.data(), part.format());
			default -> (part.data() != null) ? Math.max(1, part.data().length() * 3 / 4 / 4) : 0;
		};
	}

}
