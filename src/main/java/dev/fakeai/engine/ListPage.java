package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * A page of a stored list in OpenAI's cursor envelope ({@code first_id}, {@code last_id},
 * {@code has_more}): up to {@code limit} (1 to 100, default 20) entries after the entry
 * {@code after}, in the order asked ({@code asc} or {@code desc}). A response's input
 * items, stored chat completions and their messages are listed so.
 *
 * @param <T> the kind of entry
 * @param object always {@code list}
 * @param data the entries
 * @param firstId the first entry's id
 * @param lastId the last entry's id
 * @param hasMore whether more entries follow
 */
public record ListPage<T>(@JsonProperty("object") String object, @JsonProperty("data") List<T> data,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId,
		@JsonProperty("has_more") boolean hasMore) {

	private static final int DEFAULT_LIMIT = 20;

	private static final int MAX_LIMIT = 100;

	public ListPage {
		data = List.copyOf(data);
	}

	/**
	 * A page of entries, given as the query parameters came.
	 * @param <T> the kind of entry
	 * @param entries every entry, oldest first
	 * @param id an entry's id
	 * @param limitParam {@code limit}, if sent
	 * @param orderParam {@code order}, if sent
	 * @param defaultOrder the order without one
	 * @param after {@code after}, if sent
	 * @param noAfter the error's words when no entry has the id {@code after} names,
	 * given that id
	 * @return the page
	 */
	public static <T> ListPage<T> page(List<T> entries, Function<T, String> id, @Nullable String limitParam,
			@Nullable String orderParam, String defaultOrder, @Nullable String after,
			Function<String, String> noAfter) {
		int limit = limit(limitParam);
		String order = (orderParam != null) ? orderParam : defaultOrder;
		if (!order.equals("asc") && !order.equals("desc")) {
			throw ApiException.invalidParameter("order",
					"Invalid value: '" + order + "'. Supported values are: 'asc' and 'desc'.");
		}
		List<T> ordered = new ArrayList<>(entries);
		if (order.equals("desc")) {
			Collections.reverse(ordered);
		}
		int start = 0;
		if (after != null) {
			start = -1;
			for (int i = 0; i < ordered.size(); i++) {
				if (after.equals(id.apply(ordered.get(i)))) {
					start = i + 1;
					break;
				}
			}
			if (start < 0) {
				throw ApiException.invalidParameter("after", noAfter.apply(after));
			}
		}
		int end = Math.min(ordered.size(), start + limit);
		List<T> page = ordered.subList(start, end);
		String first = page.isEmpty() ? null : id.apply(page.get(0));
		String last = page.isEmpty() ? null : id.apply(page.get(page.size() - 1));
		return new ListPage<>("list", page, first, last, end < ordered.size());
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
