package dev.fakeai.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prompt caching as OpenAI reports it: a prompt whose beginning (whole messages) was seen
 * recently by the same model reuses it, in steps of 128 tokens from 1024 up. A bounded
 * LRU map of conversation-prefix hashes; never more cached tokens than prompt tokens.
 */
final class PromptCache {

	static final int MINIMUM = 1024;

	static final int STEP = 128;

	private final Map<String, Integer> seen;

	PromptCache(int capacity) {
		this.seen = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * The cached tokens of a prompt, then remembers its prefixes.
	 * @param model the model id
	 * @param prompt the prompt's counts
	 * @return cached tokens, a multiple of 128, at least 1024 or 0
	 */
	int cachedTokens(String model, PromptTokens prompt) {
		if (prompt.total() < MINIMUM) {
			return 0;
		}
		return lookUpAndRemember(model, prompt);
	}

	private synchronized int lookUpAndRemember(String model, PromptTokens prompt) {
		int cached = 0;
		for (int i = prompt.prefixHashes().size() - 1; i >= 0; i--) {
			Integer tokens = this.seen.get(key(model, prompt.prefixHashes().get(i)));
			if (tokens != null) {
				cached = tokens;
				break;
			}
		}
		for (int i = 0; i < prompt.prefixHashes().size(); i++) {
			int tokens = prompt.prefixTokens().get(i);
			if (tokens >= MINIMUM) {
				this.seen.put(key(model, prompt.prefixHashes().get(i)), tokens);
			}
		}
		int rounded = Math.min(cached, prompt.total()) / STEP * STEP;
		return (rounded >= MINIMUM) ? rounded : 0;
	}

	private static String key(String model, long hash) {
		return model + '#' + hash;
	}

}
