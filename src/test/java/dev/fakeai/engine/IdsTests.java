package dev.fakeai.engine;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completion ids are time-ordered as the real ones: the captured first characters at the
 * captured dates, and later ids sorting after earlier ones.
 */
class IdsTests {

	@Test
	void theFirstCharactersAreThoseOfRealIdsOfTheSameMonth() {
		assertThat(Ids.timeOrdered("chatcmpl-", 29, Instant.parse("2025-03-15T00:00:00Z"))).startsWith("chatcmpl-B6H");
		assertThat(Ids.timeOrdered("chatcmpl-", 29, Instant.parse("2025-08-14T00:00:00Z"))).startsWith("chatcmpl-C3");
		assertThat(Ids.timeOrdered("chatcmpl-", 29, Instant.parse("2026-01-15T00:00:00Z"))).startsWith("chatcmpl-D0");
		assertThat(Ids.timeOrdered("chatcmpl-", 29, Instant.parse("2026-07-03T00:00:00Z"))).startsWith("chatcmpl-E4");
	}

	@Test
	void laterIdsSortAfterEarlierOnesAndKeepTheirLength() {
		Instant start = Instant.parse("2026-11-30T09:00:00Z");
		String previous = "";
		for (int second = 0; second < 200_000; second += 997) {
			String id = Ids.timeOrdered("chatcmpl-", 29, start.plusSeconds(second));
			assertThat(id).hasSize("chatcmpl-".length() + 29).matches("chatcmpl-[A-Za-z0-9]{29}");
			assertThat(id.substring(0, 14)).isGreaterThan(previous);
			previous = id.substring(0, 14);
		}
	}

}
