package dev.fakeai.images;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.fakeai.engine.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The images answered by URL, kept for an hour as OpenAI keeps them, within a byte budget
 * (the oldest go first when it is spent).
 */
final class ImageFiles {

	/** How long OpenAI's image URLs stay valid. */
	static final Duration LIFETIME = Duration.ofMinutes(60);

	private final long budgetBytes;

	private final Clock clock;

	private final Map<String, Stored> files = new LinkedHashMap<>();

	private long bytes;

	ImageFiles(long budgetBytes, Clock clock) {
		this.budgetBytes = budgetBytes;
		this.clock = clock;
	}

	/**
	 * Keeps a file.
	 * @param content the file
	 * @param format its format ({@code png}, {@code jpeg}, {@code webp})
	 * @return its name ({@code img-...png}) and when it expires
	 */
	synchronized Stored put(byte[] content, String format) {
		String name = Ids.alphanumeric("img-", 24) + "." + format;
		Stored stored = new Stored(name, content, format, this.clock.instant().plus(LIFETIME));
		this.files.put(name, stored);
		this.bytes += content.length;
		Iterator<Stored> oldest = this.files.values().iterator();
		while (this.bytes > this.budgetBytes && oldest.hasNext()) {
			Stored evicted = oldest.next();
			if (evicted != stored) {
				this.bytes -= evicted.content().length;
				oldest.remove();
			}
			else {
				break;
			}
		}
		return stored;
	}

	/**
	 * A file by name.
	 * @param name its name
	 * @return the file, expired or not, or {@code null} when it is not kept
	 */
	synchronized @Nullable Stored get(String name) {
		return this.files.get(name);
	}

	/** Whether a file is past its hour. */
	boolean expired(Stored stored) {
		return !this.clock.instant().isBefore(stored.expires());
	}

	/**
	 * A kept file.
	 *
	 * @param name its name
	 * @param content the file
	 * @param format its format
	 * @param expires when its URL stops working
	 */
	record Stored(String name, byte[] content, String format, Instant expires) {
	}

}
