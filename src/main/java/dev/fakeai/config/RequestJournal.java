package dev.fakeai.config;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bounded in-memory journal of {@code /v1} requests, read as JSON when listed: at
 * most {@code fakeai.journal.max-entries} entries and {@code fakeai.journal.max-size}
 * bytes of bodies; the oldest go first, and are counted.
 */
public class RequestJournal {

	private final int maxEntries;

	private final long maxBytes;

	private final boolean enabled;

	private final Deque<JournalEntry> entries = new ArrayDeque<>();

	private long bytes;

	private long dropped;

	private final JsonMapper mapper;

	public RequestJournal(FakeAiProperties properties, JsonMapper mapper) {
		this.mapper = mapper;
		this.enabled = properties.journal().enabled();
		this.maxEntries = properties.journal().maxEntries();
		this.maxBytes = properties.journal().maxSize().toBytes();
	}

	boolean enabled() {
		return this.enabled && this.maxEntries > 0;
	}

	synchronized void add(JournalEntry entry) {
		this.entries.addFirst(entry);
		this.bytes += entry.bytes();
		while (this.entries.size() > this.maxEntries || (this.bytes > this.maxBytes && this.entries.size() > 1)) {
			JournalEntry oldest = this.entries.removeLast();
			this.bytes -= oldest.bytes();
			this.dropped++;
		}
	}

	/**
	 * The entries, newest first, that pass the filters.
	 * @param path a path the entry's path must equal, or {@code null}
	 * @param model a model the entry asked for or resolved to, or {@code null}
	 * @param status the status, or {@code null}
	 * @param since the earliest arrival, or {@code null}
	 * @param limit the most entries returned
	 * @return the entries
	 */
	public synchronized List<Map<String, Object>> find(@Nullable String path, @Nullable String model,
			@Nullable Integer status, @Nullable Instant since, int limit) {
		List<Map<String, Object>> found = new ArrayList<>();
		Iterator<JournalEntry> newestFirst = this.entries.iterator();
		while (newestFirst.hasNext() && found.size() < limit) {
			JournalEntry entry = newestFirst.next();
			if ((path == null || path.equals(entry.path())) && (status == null || status == entry.status())
					&& (since == null || !entry.arrived().isBefore(since)) && (model == null
							|| model.equals(entry.resolvedModel()) || model.equals(entry.model(this.mapper)))) {
				found.add(entry.view(this.mapper));
			}
		}
		return found;
	}

	/**
	 * How many entries were dropped to keep the bounds, since the last clear.
	 * @return the count
	 */
	public synchronized long dropped() {
		return this.dropped;
	}

	/**
	 * How many entries are kept.
	 * @return the count
	 */
	public synchronized int size() {
		return this.entries.size();
	}

	public synchronized void clear() {
		this.entries.clear();
		this.bytes = 0;
		this.dropped = 0;
	}

}
