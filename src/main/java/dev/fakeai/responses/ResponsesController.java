package dev.fakeai.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.fakeai.config.ApiExchange;
import dev.fakeai.engine.GenerationEngine;
import dev.fakeai.engine.ListPage;
import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.Reply;
import dev.fakeai.errors.ApiException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Responses API: {@code POST /v1/responses} generates (at once, after the simulated
 * latency, as a stream, or in the background), {@code POST /v1/responses/input_tokens}
 * counts what it would bill, and stored responses are retrieved, deleted, listed by input
 * item and cancelled.
 */
@RestController
@Tag(name = "Responses")
class ResponsesController {

	private static final Logger logger = LoggerFactory.getLogger(ResponsesController.class);

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private static final long UNKNOWN_INPUT_BYTES = 1024;

	private final GenerationEngine engine;

	private final ResponseStore store;

	ResponsesController(GenerationEngine engine, ResponseStore store) {
		this.engine = engine;
		this.store = store;
	}

	@PostMapping(path = "/v1/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
	void create(@RequestBody JsonNode body, ApiExchange exchange) {
		ResponsesRequest parsed = ResponsesRequestParser.parse(body, exchange.strict());
		long now = System.nanoTime();
		ResponseConversation conversation = ResponseConversation.of(parsed, this.store, now);
		GenerationRequest generation = parsed.generationFor(conversation.turns());
		Reply reply = this.engine.generate(generation, exchange.call());
		long created = System.currentTimeMillis() / 1000;
		long total = reply.timing().totalNanos();
		ResponseObject finished = ResponseRenderer.render(parsed, reply, ResponseIds.response(), created,
				created + (total + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
		byte[] json = exchange.mapper().writeValueAsBytes(finished);
		if (parsed.store()) {
			long inputBytes = exchange.bodyLength();
			this.store
				.put(new StoredResponse(finished, stored(conversation.input()), now + reply.timing().firstTokenNanos(),
						now + total, json.length + ((inputBytes >= 0) ? inputBytes : UNKNOWN_INPUT_BYTES)));
		}
		try {
			if (parsed.generation().stream()) {
				ResponseEvents events = new ResponseEvents(finished, reply.choices().get(0), reply.timing(),
						parsed.background(), parsed.obfuscation(), exchange.mapper(),
						ThreadLocalRandom.current().nextLong());
				exchange.stream(events, events::failure);
				return;
			}
			if (parsed.background()) {
				exchange.json(finished.pending(ResponseObject.QUEUED), 0);
				return;
			}
			exchange.json(json, total);
		}
		catch (IOException ex) {
			logger.debug("Client went away before its response", ex);
		}
	}

	@PostMapping(path = "/v1/responses/input_tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> inputTokens(@RequestBody JsonNode body, ApiExchange exchange) {
		ResponsesRequest parsed = ResponsesRequestParser.parse(body, exchange.strict());
		ResponseConversation conversation = ResponseConversation.of(parsed, this.store, System.nanoTime());
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("object", "response.input_tokens");
		counts.put("input_tokens", this.engine.countPrompt(parsed.generationFor(conversation.turns())));
		return counts;
	}

	@GetMapping("/v1/responses/{id}")
	ResponseObject retrieve(@PathVariable String id,
			@RequestParam(name = "stream", required = false) @Nullable String stream) {
		if ("true".equals(stream)) {
			throw ApiException.invalidParameter("stream",
					"Resuming a response's stream is not emulated: retrieve the response without 'stream'.");
		}
		return find(id).at(System.nanoTime());
	}

	@DeleteMapping("/v1/responses/{id}")
	Map<String, Object> delete(@PathVariable String id) {
		if (this.store.remove(id) == null) {
			throw notFound(id);
		}
		Map<String, Object> deleted = new LinkedHashMap<>();
		deleted.put("id", id);
		deleted.put("object", "response");
		deleted.put("deleted", true);
		return deleted;
	}

	@PostMapping("/v1/responses/{id}/cancel")
	ResponseObject cancel(@PathVariable String id) {
		StoredResponse stored = find(id);
		if (!stored.finished().background()) {
			throw ApiException.badRequest(null,
					"Only responses created with 'background' set to true can be cancelled.", null);
		}
		return stored.cancel(System.nanoTime());
	}

	@GetMapping("/v1/responses/{id}/input_items")
	ListPage<ObjectNode> inputItems(@PathVariable String id,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "order", required = false) @Nullable String order,
			@RequestParam(name = "after", required = false) @Nullable String after) {
		return ListPage.page(find(id).input(), (item) -> item.path("id").asString(""), limit, order, "desc", after,
				(missing) -> "Invalid value for 'after': no input item with id '" + missing + "' in this response.");
	}

	private StoredResponse find(String id) {
		StoredResponse stored = this.store.get(id);
		if (stored == null) {
			throw notFound(id);
		}
		return stored;
	}

	private static ApiException notFound(String id) {
		return ApiException.notFound("Response with id '" + id + "' not found.");
	}

	private static List<ObjectNode> stored(List<InputItem> input) {
		List<ObjectNode> stored = new ArrayList<>(input.size());
		for (InputItem item : input) {
			stored.add(item.stored());
		}
		return stored;
	}

}
