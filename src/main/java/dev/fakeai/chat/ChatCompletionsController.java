package dev.fakeai.chat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.ContentModeration;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.Reply;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/chat/completions}: validates, generates, keeps the completion when
 * asked to ({@code store: true}), then answers at once, after the simulated latency, or
 * as a stream. Writes the response itself, so that immediate answers stay synchronous and
 * delayed ones go through the shared pacer without holding a thread.
 */
@RestController
@Tag(name = "Chat")
class ChatCompletionsController {

	private static final Logger logger = LoggerFactory.getLogger(ChatCompletionsController.class);

	private final GenerationEngine engine;

	private final ChatCompletionStore store;

	private final ContentModeration moderation;

	ChatCompletionsController(GenerationEngine engine, ChatCompletionStore store, ContentModeration moderation) {
		this.engine = engine;
		this.store = store;
		this.moderation = moderation;
	}

	@PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
	void create(@RequestBody JsonNode body, ApiExchange exchange) {
		GenerationRequest chat = ChatRequestParser.parse(body, exchange.strict());
		Map<String, String> metadata = RequestFields.metadata(body);
		boolean store = RequestFields.bool(body, "store", false, "store");
		String moderationModel = ChatModeration.requested(body);
		ChatAudio audio = ChatAudio.of(body, chat.modalities());
		if (audio != null && chat.stream() && !"pcm16".equals(audio.format())) {
			throw ApiException.unsupportedValue("audio.format", "Unsupported value: 'audio.format' does not support '"
					+ audio.format() + "' with 'stream': true. Supported values are: 'pcm16'.");
		}
		Reply reply = this.engine.generate(chat, exchange.call());
		ChatCompletion completion = ChatCompletion.from(reply, ChatCompletion.newId(), Instant.now().getEpochSecond());
		if (audio != null) {
			exchange.call().retainBytes(ChatAudio.heldBytes(completion));
			completion = completion.withAudio(audio);
		}
		if (moderationModel != null) {
			completion = completion.withModeration(moderate(moderationModel, chat, completion));
		}
		if (store) {
			this.store
				.put(StoredChatCompletion.of(completion, body, exchange.requestId(), metadata, exchange.mapper()));
		}
		try {
			if (chat.stream()) {
				ChatStream stream = new ChatStream(reply, completion, chat.includeUsage(),
						ChatRequestParser.obfuscation(body), exchange.mapper(), ThreadLocalRandom.current().nextLong());
				exchange.stream(stream);
				return;
			}
			exchange.json(completion, reply.timing().totalNanos());
		}
		catch (IOException ex) {
			logger.debug("Client went away before its response", ex);
		}
	}

	/**
	 * The moderation of the request's user messages and of the answer's text.
	 */
	private ChatModeration moderate(String model, GenerationRequest chat, ChatCompletion completion) {
		StringBuilder input = new StringBuilder();
		for (GenerationRequest.Message message : chat.messages()) {
			if ("user".equals(message.role())) {
				input.append(input.isEmpty() ? "" : "\n").append(message.text());
			}
		}
		StringBuilder output = new StringBuilder();
		for (ChatCompletion.Choice choice : completion.choices()) {
			String text = choice.message().content();
			if (text != null) {
				output.append(output.isEmpty() ? "" : "\n").append(text);
			}
		}
		return ChatModeration.of(model, this.moderation.judge(input.toString(), true, 0),
				this.moderation.judge(output.toString(), true, 0));
	}

}
