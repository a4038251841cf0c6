package dev.fakeai.images;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images answered by URL: an hour each, within a byte budget, oldest first out.
 */
class ImageFilesTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

	@Test
	void aFileLastsAnHour() {
		ImageFiles files = new ImageFiles(1024, this.clock);
		ImageFiles.Stored stored = files.put(new byte[10], "png");

		assertThat(stored.name()).startsWith("img-").endsWith(".png");
		assertThat(stored.expires()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(59));
		assertThat(files.expired(files.get(stored.name()))).isFalse();
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(1));
		assertThat(files.expired(files.get(stored.name()))).isTrue();
	}

	@Test
	void theOldestGoWhenTheBudgetIsSpent() {
		ImageFiles files = new ImageFiles(100, this.clock);
		ImageFiles.Stored first = files.put(new byte[60], "png");
		ImageFiles.Stored second = files.put(new byte[60], "png");
		ImageFiles.Stored large = files.put(new byte[500], "webp");

		assertThat(files.get(first.name())).isNull();
		assertThat(files.get(second.name())).isNull();
		assertThat(files.get(large.name())).as("the newest stays, even over the budget").isNotNull();
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
