package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Entries kept in memory, bounded by count and by size; past either bound the oldest go
 * first, and are then answered as not found. The Responses API's responses and stored
 * chat completions are kept in one each.
 *
 * @param <V> the kind of entry
 */
public final class BoundedStore<V extends BoundedStore.Entry> {

	/** What a store keeps: an id and a size counted against its bound. */
	public interface Entry {

		/**
		 * The entry's id.
		 * @return the id
		 */
		String id();

		/**
		 * The entry's size, as its JSON on the wire.
		 * @return the size in bytes
		 */
		long bytes();

	}

	private final int maxEntries;

	private final long maxBytes;

	private final Consumer<V> added;

	private final Consumer<V> removed;

	private final Map<String, V> entries = new LinkedHashMap<>();

	private long bytes;

	/**
	 * A store.
	 * @param maxEntries the most entries kept (0 keeps none)
	 * @param maxBytes the most bytes kept
	 */
	public BoundedStore(int maxEntries, long maxBytes) {
		this(maxEntries, maxBytes, (entry) -> {
		}, (entry) -> {
		});
	}

	/**
	 * A store that tells of every entry it takes and lets go, under its lock.
	 * @param maxEntries the most entries kept (0 keeps none)
	 * @param maxBytes the most bytes kept
	 * @param added told of an entry taken
	 * @param removed told of an entry removed or evicted
	 */
	public BoundedStore(int maxEntries, long maxBytes, Consumer<V> added, Consumer<V> removed) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
		this.added = added;
		this.removed = removed;
	}

	/**
	 * Keeps an entry (replacing one with its id), evicting the oldest past the bounds.
	 * @param entry the entry
	 * @return whether it was kept (not when larger than the whole store)
	 */
	public synchronized boolean put(V entry) {
		if (this.maxEntries == 0 || entry.bytes() > this.maxBytes) {
			return false;
		}
		V replaced = this.entries.put(entry.id(), entry);
		if (replaced != null) {
			this.bytes -= replaced.bytes();
			this.removed.accept(replaced);
		}
		this.bytes += entry.bytes();
		this.added.accept(entry);
		Iterator<V> oldest = this.entries.values().iterator();
		while (this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) {
			V evicted = oldest.next();
			oldest.remove();
			this.bytes -= evicted.bytes();
			this.removed.accept(evicted);
		}
		return true;
	}

	/**
	 * An entry by id.
	 * @param id the id
	 * @return the entry, or {@code null} if not kept
	 */
	public synchronized @Nullable V get(String id) {
		return this.entries.get(id);
	}

	/**
	 * Removes an entry.
	 * @param id the id
	 * @return the entry removed, or {@code null} if not kept
	 */
	public synchronized @Nullable V remove(String id) {
		V entry = this.entries.remove(id);
		if (entry != null) {
			this.bytes -= entry.bytes();
			this.removed.accept(entry);
		}
		return entry;
	}

	/**
	 * Every entry, oldest first (as taken: replacing an entry keeps its place).
	 * @return a copy of the entries
	 */
	public synchronized List<V> values() {
		return new ArrayList<>(this.entries.values());
	}

	/**
	 * How many entries are kept.
	 * @return the count
	 */
	public synchronized int size() {
		return this.entries.size();
	}

	/**
	 * How many bytes are kept.
	 * @return the sum of the entries' sizes
	 */
	public synchronized long bytes() {
		return this.bytes;
	}

}
