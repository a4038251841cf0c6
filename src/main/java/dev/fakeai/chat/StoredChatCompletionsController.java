package dev.fakeai.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.ListPage;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
 * Stored chat completions (those created with {@code store: true}): listed, filtered by
 * model and metadata, retrieved, their metadata replaced, deleted, and their request
 * messages listed, as OpenAI's endpoints do.
 */
@RestController
@Tag(name = "Chat")
class StoredChatCompletionsController {

	private static final String METADATA_PARAM = "metadata[";

	private final ChatCompletionStore store;

	private final JsonMapper mapper;

	private final boolean strict;

	StoredChatCompletionsController(ChatCompletionStore store, JsonMapper mapper, FakeAiProperties properties) {
		this.store = store;
		this.mapper = mapper;
		this.strict = properties.compat().strictParameters();
	}

	@GetMapping("/v1/chat/completions")
	ListPage<ObjectNode> list(@RequestParam Map<String, String> query,
			@RequestParam(name = "model", required = false) @Nullable String model,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "order", required = false) @Nullable String order,
			@RequestParam(name = "after", required = false) @Nullable String after) {
		Map<String, String> metadata = new LinkedHashMap<>();
		query.forEach((name, value) -> {
			if (name.startsWith(METADATA_PARAM) && name.endsWith("]")) {
				metadata.put(name.substring(METADATA_PARAM.length(), name.length() - 1), value);
			}
		});
		List<ObjectNode> views = this.store.find(model, metadata).stream().map(StoredChatCompletion::view).toList();
		return ListPage.page(views, StoredChatCompletionsController::id, limit, order, "asc", after,
				(missing) -> "Invalid value for 'after': no stored chat completion with id '" + missing + "'.");
	}

	@GetMapping("/v1/chat/completions/{id}")
	ObjectNode retrieve(@PathVariable String id) {
		return find(id).view();
	}

	@PostMapping(path = "/v1/chat/completions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode update(@PathVariable String id, @RequestBody JsonNode body) {
		RequestFields.body(body, this.strict, Set.of("metadata"));
		if (!body.has("metadata")) {
			throw ApiException.missingParameter("metadata");
		}
		StoredChatCompletion updated = find(id).withMetadata(RequestFields.metadata(body), this.mapper);
		this.store.put(updated);
		return updated.view();
	}

	@DeleteMapping("/v1/chat/completions/{id}")
	Map<String, Object> delete(@PathVariable String id) {
		if (this.store.remove(id) == null) {
			throw notFound(id);
		}
		Map<String, Object> deleted = new LinkedHashMap<>();
		deleted.put("object", "chat.completion.deleted");
		deleted.put("id", id);
		deleted.put("deleted", true);
		return deleted;
	}

	@GetMapping("/v1/chat/completions/{id}/messages")
	ListPage<ObjectNode> messages(@PathVariable String id,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "order", required = false) @Nullable String order,
			@RequestParam(name = "after", required = false) @Nullable String after) {
		return ListPage.page(find(id).messages(), StoredChatCompletionsController::id, limit, order, "asc", after,
				(missing) -> "Invalid value for 'after': no message with id '" + missing
						+ "' in this chat completion.");
	}

	private StoredChatCompletion find(String id) {
		StoredChatCompletion stored = this.store.get(id);
		if (stored == null) {
			throw notFound(id);
		}
		return stored;
	}

	private static ApiException notFound(String id) {
		return ApiException.notFound("Chat completion with id '" + id + "' not found.");
	}

	private static String id(ObjectNode view) {
		return view.path("id").asString("");
	}

}
