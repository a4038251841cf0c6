package dev.fakeai.responses;

import java.util.List;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.engine.TestEngines;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's bounds, its item index, and a stored response's timeline.
 */
class ResponseStoreTests {

	private static ResponseStore store(int maxResponses, long maxBytes) {
		FakeAiProperties defaults = TestEngines.properties(true, true);
		FakeAiProperties properties = new FakeAiProperties(defaults.models(), defaults.auth(), defaults.http(),
				defaults.latency(), defaults.compat(),
				new FakeAiProperties.Responses(maxResponses, DataSize.ofBytes(maxBytes)), defaults.fixtures(),
				defaults.admin(), defaults.journal(), defaults.record(), defaults.faults(), defaults.rateLimits(),
				defaults.chat());
		return new ResponseStore(properties, ResponsesFixtures.JSON);
	}

	private static StoredResponse stored(long bytes, long startsAt, long finishesAt, boolean background) {
		String json = "{\"model\": \"gpt-4o\", \"input\": \"Hi\"" + (background ? ", \"background\": true}" : "}");
		ResponseObject response = ResponsesFixtures.render(json).response();
		ObjectNode input = JsonNodeFactory.instance.objectNode().put("id", "msg_in_" + response.id());
		return new StoredResponse(response, List.of(input), startsAt, finishesAt, bytes);
	}

	@Test
	void theOldestGoPastTheCount() {
		ResponseStore store = store(2, 1_000_000);
		StoredResponse first = stored(10, 0, 0, false);
		StoredResponse second = stored(10, 0, 0, false);
		StoredResponse third = stored(10, 0, 0, false);

		store.put(first);
		store.put(second);
		store.put(third);

		assertThat(store.get(first.id())).isNull();
		assertThat(store.get(second.id())).isSameAs(second);
		assertThat(store.get(third.id())).isSameAs(third);
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.item("msg_in_" + first.id())).isNull();
		assertThat(store.item(first.finished().output().get(0).id())).isNull();
		assertThat(store.item("msg_in_" + third.id())).isNotNull();
		assertThat(store.item(third.finished().output().get(0).id()).get("type").asString()).isEqualTo("message");
	}

	@Test
	void theOldestGoPastTheSize() {
		ResponseStore store = store(100, 250);
		StoredResponse first = stored(100, 0, 0, false);
		StoredResponse second = stored(100, 0, 0, false);
		StoredResponse third = stored(100, 0, 0, false);
		StoredResponse tooLarge = stored(251, 0, 0, false);

		store.put(first);
		store.put(second);
		store.put(third);
		store.put(tooLarge);

		assertThat(store.get(first.id())).isNull();
		assertThat(store.get(tooLarge.id())).isNull();
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.bytes()).isEqualTo(200);
	}

	@Test
	void removingFreesItsSizeAndItems() {
		ResponseStore store = store(100, 1_000);
		StoredResponse response = stored(100, 0, 0, false);
		store.put(response);

		assertThat(store.remove(response.id())).isSameAs(response);

		assertThat(store.remove(response.id())).isNull();
		assertThat(store.bytes()).isZero();
		assertThat(store.item("msg_in_" + response.id())).isNull();
	}

	@Test
	void aBackgroundResponseIsQueuedThenInProgressThenFinished() {
		StoredResponse response = stored(1, 100, 200, true);

		assertThat(response.at(50).status()).isEqualTo("queued");
		assertThat(response.at(50).output()).isEmpty();
		assertThat(response.at(50).usage()).isNull();
		assertThat(response.at(150).status()).isEqualTo("in_progress");
		assertThat(response.at(200).status()).isEqualTo("completed");
		assertThat(response.at(200).usage()).isNotNull();
		assertThat(response.done(199)).isFalse();
		assertThat(response.done(200)).isTrue();
	}

	@Test
	void cancellingStopsARunningResponseAndLeavesAFinishedOne() {
		StoredResponse running = stored(1, 100, 200, true);
		StoredResponse finished = stored(1, 100, 200, true);

		assertThat(running.cancel(150).status()).isEqualTo("cancelled");
		assertThat(running.at(500).status()).isEqualTo("cancelled");
		assertThat(finished.cancel(250).status()).isEqualTo("completed");
	}

}
