package dev.fakeai.chat;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.LatencyOverride;
import dev.fakeai.engine.Reply;
import dev.fakeai.delivery.Delivery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/chat/completions}: validates, generates, then answers at once, after
 * the simulated latency, or as a stream. Writes the response itself, so that immediate
 * answers stay synchronous and delayed ones go through the shared pacer without holding a
 * thread.
 */
@RestController
class ChatCompletionsController {

	private static final Logger logger = LoggerFactory.getLogger(ChatCompletionsController.class);

	private static final String JSON = "application/json";

	private final GenerationEngine engine;

	private final Delivery delivery;

	private final JsonMapper mapper;

	private final boolean strict;

	ChatCompletionsController(GenerationEngine engine, Delivery delivery, JsonMapper mapper,
			FakeAiProperties properties) {
		this.engine = engine;
		this.delivery = delivery;
		this.mapper = mapper;
		this.strict = properties.compat().strictParameters();
	}

	@PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
	void create(@RequestBody JsonNode body, LatencyOverride latency, HttpServletRequest request,
			HttpServletResponse response) {
		GenerationRequest chat = ChatRequestParser.parse(body, this.strict);
		Reply reply = this.engine.generate(chat, latency);
		ChatCompletion completion = ChatCompletion.from(reply, ChatCompletion.newId(), Instant.now().getEpochSecond());
		try {
			if (chat.stream()) {
				ChatStream stream = new ChatStream(reply, completion, chat.includeUsage(),
						ChatRequestParser.obfuscation(body), this.mapper, ThreadLocalRandom.current().nextLong());
				this.delivery.stream(request, response, stream, (failed) -> ChatStream.errorFrame(this.mapper));
				return;
			}
			this.delivery.send(request, response, reply.timing().totalNanos(), JSON,
					this.mapper.writeValueAsBytes(completion));
		}
		catch (IOException ex) {
			logger.debug("Client went away before its response", ex);
		}
	}

}
