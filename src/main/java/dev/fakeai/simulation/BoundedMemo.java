package dev.fakeai.simulation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for pure functions of short strings, bounded in entries and key
 * length: when it is full it starts over, so memory stays bounded without eviction
 * bookkeeping on the hot path. Load tests and CI suites repeat the same prompts and
 * sentences; this makes the repeats cheap.
 *
 * @param <V> the value type
 */
public final class BoundedMemo<V> {

	private final int maxEntries;

	private final int maxKeyLength;

	private final Map<String, V> values = new ConcurrentHashMap<>();

	/**
	 * A memo.
	 * @param maxEntries entries kept before starting over
	 * @param maxKeyLength longer keys are computed every time
	 */
	public BoundedMemo(int maxEntries, int maxKeyLength) {
		this.maxEntries = maxEntries;
		this.maxKeyLength = maxKeyLength;
	}

	/**
	 * The value for a key, computed on a miss.
	 * @param key the key
	 * @param function the pure function
	 * @return the value
	 */
	public V get(String key, Function<String, V> function) {
		if (key.length() > this.maxKeyLength) {
			return function.apply(key);
		}
		V value = this.values.get(key);
		if (value == null) {
			value = function.apply(key);
			if (this.values.size() >= this.maxEntries) {
				this.values.clear();
			}
			this.values.put(key, value);
		}
		return value;
	}

	/**
	 * Entries held now.
	 * @return at most the bound given at construction
	 */
	int size() {
		return this.values.size();
	}

}
