package dev.fakeai.chat;

import java.util.List;
import java.util.Map;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.BoundedStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chat completions created with {@code store: true}, kept in memory for the stored
 * completions endpoints, bounded by count and by size
 * ({@code fakeai.chat.store-max-completions}, {@code fakeai.chat.store-max-size}); past
 * either bound the oldest go first.
 */
@Component
class ChatCompletionStore {

	private final BoundedStore<StoredChatCompletion> completions;

	ChatCompletionStore(FakeAiProperties properties) {
		this.completions = new BoundedStore<>(properties.chat().storeMaxCompletions(),
				properties.chat().storeMaxSize().toBytes());
	}

	void put(StoredChatCompletion completion) {
		this.completions.put(completion);
	}

	@Nullable StoredChatCompletion get(String id) {
		return this.completions.get(id);
	}

	@Nullable StoredChatCompletion remove(String id) {
		return this.completions.remove(id);
	}

	/**
	 * The stored completions made with a model (any, if none given) whose metadata holds
	 * the pairs given, oldest first.
	 * @param model the model, or {@code null} for any
	 * @param metadata the pairs to match
	 * @return the completions
	 */
	List<StoredChatCompletion> find(@Nullable String model, Map<String, String> metadata) {
		return this.completions.values()
			.stream()
			.filter((stored) -> model == null || stored.madeWith(model))
			.filter((stored) -> stored.hasMetadata(metadata))
			.toList();
	}

}
