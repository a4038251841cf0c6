package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedStoreTests {

	private record Item(String id, long bytes) implements BoundedStore.Entry {
	}

	private final List<String> added = new ArrayList<>();

	private final List<String> removed = new ArrayList<>();

	private BoundedStore<Item> store(int maxEntries, long maxBytes) {
		return new BoundedStore<>(maxEntries, maxBytes, (item) -> this.added.add(item.id()),
				(item) -> this.removed.add(item.id()));
	}

	@Test
	void theOldestGoFirstPastTheCount() {
		BoundedStore<Item> store = store(2, 1_000);
		store.put(new Item("a", 1));
		store.put(new Item("b", 1));
		store.put(new Item("c", 1));

		assertThat(store.get("a")).isNull();
		assertThat(store.values()).extracting(Item::id).containsExactly("b", "c");
		assertThat(this.removed).containsExactly("a");
	}

	@Test
	void theOldestGoFirstPastTheSizeAndWhatIsLargerThanTheWholeIsNotKept() {
		BoundedStore<Item> store = store(100, 10);
		store.put(new Item("a", 4));
		store.put(new Item("b", 4));
		store.put(new Item("c", 4));

		assertThat(store.values()).extracting(Item::id).containsExactly("b", "c");
		assertThat(store.bytes()).isEqualTo(8);
		assertThat(store.put(new Item("huge", 11))).isFalse();
		assertThat(store.size()).isEqualTo(2);
	}

	@Test
	void replacingKeepsThePlaceAndCountsTheNewSize() {
		BoundedStore<Item> store = store(10, 100);
		store.put(new Item("a", 5));
		store.put(new Item("b", 5));
		store.put(new Item("a", 20));

		assertThat(store.values()).extracting(Item::id).containsExactly("a", "b");
		assertThat(store.bytes()).isEqualTo(25);
		assertThat(this.removed).containsExactly("a");
		assertThat(store.remove("a")).isNotNull();
		assertThat(store.remove("a")).isNull();
		assertThat(store.bytes()).isEqualTo(5);
	}

	@Test
	void aStoreOfNoneKeepsNothing() {
		BoundedStore<Item> store = store(0, 100);

		assertThat(store.put(new Item("a", 1))).isFalse();
		assertThat(store.get("a")).isNull();
		assertThat(this.added).isEmpty();
	}

}
