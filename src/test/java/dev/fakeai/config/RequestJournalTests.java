package dev.fakeai.config;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import dev.fakeai.engine.TestEngines;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's bounds (entries and bytes, the oldest dropped and counted) and its
 * filters.
 */
class RequestJournalTests {

	private static RequestJournal journal(int maxEntries, long maxBytes) {
		FakeAiProperties defaults = TestEngines.properties(true, true);
		return new RequestJournal(new FakeAiProperties(defaults.models(), defaults.auth(), defaults.http(),
				defaults.latency(), defaults.compat(), defaults.responses(), defaults.fixtures(), defaults.admin(),
				new FakeAiProperties.Journal(true, maxEntries, DataSize.ofBytes(maxBytes)), defaults.record(),
				defaults.faults(), defaults.rateLimits(), defaults.chat()), JsonMapper.builder().build());
	}

	private static JournalEntry entry(String id, String path, String model, int status, Instant at, long bytes) {
		return new JournalEntry(id, at, "POST", path, null, model, status, 1, Map.of(),
				("{\"model\": \"" + model + "\"}").getBytes(StandardCharsets.UTF_8), null, false, null, bytes);
	}

	@Test
	void theOldestGoFirstAndAreCounted() {
		RequestJournal journal = journal(3, 1_000);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 1; i <= 5; i++) {
			journal.add(entry("req_" + i, "/v1/chat/completions", "m", 200, now.plusSeconds(i), 10));
		}

		assertThat(journal.find(null, null, null, null, 100)).extracting((entry) -> entry.get("id"))
			.containsExactly("req_5", "req_4", "req_3");
		assertThat(journal.dropped()).isEqualTo(2);
		assertThat(journal.size()).isEqualTo(3);
	}

	@Test
	void theByteBoundDropsTheOldestButKeepsTheNewest() {
		RequestJournal journal = journal(100, 250);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		journal.add(entry("req_1", "/v1/embeddings", "m", 200, now, 100));
		journal.add(entry("req_2", "/v1/embeddings", "m", 200, now, 100));
		journal.add(entry("req_3", "/v1/embeddings", "m", 200, now, 100));
		journal.add(entry("req_4", "/v1/embeddings", "m", 200, now, 1_000));

		assertThat(journal.find(null, null, null, null, 100)).extracting((entry) -> entry.get("id"))
			.containsExactly("req_4");
		assertThat(journal.dropped()).isEqualTo(3);
	}

	@Test
	void filtersCombine() {
		RequestJournal journal = journal(100, 10_000);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		journal.add(entry("req_1", "/v1/chat/completions", "gpt-4o", 200, now, 1));
		journal.add(entry("req_2", "/v1/chat/completions", "gpt-4o", 429, now.plusSeconds(10), 1));
		journal.add(entry("req_3", "/v1/responses", "gpt-4o", 200, now.plusSeconds(20), 1));
		journal.add(entry("req_4", "/v1/chat/completions", "o3", 200, now.plusSeconds(30), 1));

		assertThat(journal.find("/v1/chat/completions", "gpt-4o", null, null, 100))
			.extracting((entry) -> entry.get("id"))
			.containsExactly("req_2", "req_1");
		assertThat(journal.find(null, null, 200, now.plusSeconds(5), 100)).extracting((entry) -> entry.get("id"))
			.containsExactly("req_4", "req_3");
		assertThat(journal.find(null, null, null, null, 2)).extracting((entry) -> entry.get("id"))
			.containsExactly("req_4", "req_3");
		journal.clear();
		assertThat(journal.size()).isZero();
	}

}
