package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.BoundedStore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Responses kept in memory for retrieval, continuation and item references, bounded by
 * count and by size (the JSON of each response and its input); past either bound the
 * oldest go first, and are then answered as not found.
 */
@Component
class ResponseStore {

	private final JsonMapper mapper;

	/** Which stored response holds each input and output item, by item id. */
	private final Map<String, StoredResponse> items = new ConcurrentHashMap<>();

	private final BoundedStore<StoredResponse> responses;

	ResponseStore(FakeAiProperties properties, JsonMapper mapper) {
		this.mapper = mapper;
		this.responses = new BoundedStore<>(properties.responses().storeMaxResponses(),
				properties.responses().storeMaxSize().toBytes(), (response) -> index(response, true),
				(response) -> index(response, false));
	}

	/**
	 * Keeps a response, evicting the oldest past the bounds.
	 * @param response the response
	 */
	void put(StoredResponse response) {
		this.responses.put(response);
	}

	@Nullable StoredResponse get(String id) {
		return this.responses.get(id);
	}

	@Nullable StoredResponse remove(String id) {
		return this.responses.remove(id);
	}

	/**
	 * A stored item by id, from the input or output of any stored response.
	 * @param id the item's id
	 * @return the item's JSON, or {@code null} if no stored response holds it
	 */
	@Nullable JsonNode item(String id) {
		StoredResponse owner = this.items.get(id);
		if (owner == null) {
			return null;
		}
		for (JsonNode item : owner.input()) {
			if (id.equals(item.path("id").asString(""))) {
				return item;
			}
		}
		for (ResponseObject.OutputItem item : owner.finished().output()) {
			if (id.equals(item.id())) {
				return this.mapper.valueToTree(item);
			}
		}
		return null;
	}

	/**
	 * The output items of a response, as JSON items a request could send.
	 * @param response the response
	 * @return its output items
	 */
	List<JsonNode> output(ResponseObject response) {
		List<JsonNode> output = new ArrayList<>(response.output().size());
		for (ResponseObject.OutputItem item : response.output()) {
			output.add(this.mapper.valueToTree(item));
		}
		return Collections.unmodifiableList(output);
	}

	int size() {
		return this.responses.size();
	}

	long bytes() {
		return this.responses.bytes();
	}

	private void index(StoredResponse response, boolean add) {
		for (JsonNode item : response.input()) {
			String id = item.path("id").asString(null);
			if (id != null) {
				update(id, response, add);
			}
		}
		for (ResponseObject.OutputItem item : response.finished().output()) {
			update(item.id(), response, add);
		}
	}

	private void update(String id, StoredResponse response, boolean add) {
		if (add) {
			this.items.put(id, response);
		}
		else {
			this.items.remove(id, response);
		}
	}

}
