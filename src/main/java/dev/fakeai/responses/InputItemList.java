package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page of a response's input items: OpenAI's list envelope with {@code first_id},
 * {@code last_id} and {@code has_more}, newest first unless {@code order=asc}, up to
 * {@code limit} (1 to 100, default 20) items after the item {@code after}.
 *
 * @param object always {@code list}
 * @param data the items
 * @param firstId the first item's id
 * @param lastId the last item's id
 * @param hasMore whether more items follow
 */
record InputItemList(@JsonProperty("object") String object, @JsonProperty("data") List<ObjectNode> data,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId,
		@JsonProperty("has_more") boolean hasMore) {

	private static final int DEFAULT_LIMIT = 20;

	private static final int MAX_LIMIT = 100;

	InputItemList {
		data = List.copyOf(data);
	}

	static InputItemList page(List<ObjectNode> items, @Nullable String limitParam, @Nullable String orderParam,
			@Nullable String after) {
		int limit = limit(limitParam);
		String order = (orderParam != null) ? orderParam : "desc";
		if (!order.equals("asc") && !order.equals("desc")) {
			throw ApiException.invalidParameter("order",
					"Invalid value: '" + order + "'. Supported values are: 'asc' and 'desc'.");
		}
		List<ObjectNode> ordered = new ArrayList<>(items);
		if (order.equals("desc")) {
			java.util.Collections.reverse(ordered);
		}
		int start = 0;
		if (after != null) {
			start = -1;
			for (int i = 0; i < ordered.size(); i++) {
				if (after.equals(ordered.get(i).path("id").asString(""))) {
					start = i + 1;
					break;
				}
			}
			if (start < 0) {
				throw ApiException.invalidParameter("after",
						"Invalid value for 'after': no input item with id '" + after + "' in this response.");
			}
		}
		int end = Math.min(ordered.size(), start + limit);
		List<ObjectNode> page = ordered.subList(start, end);
		String first = page.isEmpty() ? null : page.get(0).path("id").asString();
		String last = page.isEmpty() ? null : page.get(page.size() - 1).path("id").asString();
		return new InputItemList("list", page, first, last, end < ordered.size());
	}

	private static int limit(@Nullable String limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		int value;
		try {
			value = Integer.parseInt(limit.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidType("limit", "an integer", "a string");
		}
		if (value < 1 || value > MAX_LIMIT) {
			throw ApiException.outOfRange("limit", value, (value < 1) ? 1 : MAX_LIMIT, value > MAX_LIMIT, true);
		}
		return value;
	}

}
