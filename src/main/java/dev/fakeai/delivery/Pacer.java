package dev.fakeai.delivery;

import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires timed work for many responses from a few threads ("lanes", one per core by
 * default). Each lane keeps its due items in a heap and sleeps until the earliest is due;
 * an item fired returns when it is due next, so a stream of N frames costs one heap
 * entry, not N scheduled tasks, and no thread waits on any one stream.
 */
public final class Pacer implements AutoCloseable {

	/** What {@link Paced#fire(long)} returns when the item has nothing more to do. */
	public static final long DONE = -1;

	private static final Logger logger = LoggerFactory.getLogger(Pacer.class);

	private static final long EARLY_NANOS = 200_000L;

	private final Lane[] lanes;

	private final AtomicInteger next = new AtomicInteger();

	/**
	 * Starts the lanes.
	 * @param threads how many lanes
	 */
	public Pacer(int threads) {
		this.lanes = new Lane[threads];
		for (int i = 0; i < threads; i++) {
			this.lanes[i] = new Lane("fakeai-pacer-" + (i + 1));
			this.lanes[i].thread.start();
		}
	}

	/**
	 * Work that runs at times it chooses.
	 */
	@FunctionalInterface
	public interface Paced {

		/**
		 * Does what is due.
		 * @param now {@link System#nanoTime()} at firing
		 * @return the {@code nanoTime} it is due next, or {@link #DONE}
		 */
		long fire(long now);

	}

	/**
	 * Adds work, first due at {@code dueNanos} (a {@link System#nanoTime()} value).
	 * @param paced the work
	 * @param dueNanos when it is first due
	 */
	public void add(Paced paced, long dueNanos) {
		Lane lane = this.lanes[Math.floorMod(this.next.getAndIncrement(), this.lanes.length)];
		lane.incoming.add(new Entry(paced, dueNanos));
		LockSupport.unpark(lane.thread);
	}

	@Override
	public void close() {
		for (Lane lane : this.lanes) {
			lane.running = false;
			LockSupport.unpark(lane.thread);
		}
	}

	private static final class Entry implements Comparable<Entry> {

		private final Paced paced;

		private long due;

		Entry(Paced paced, long due) {
			this.paced = paced;
			this.due = due;
		}

		@Override
		public int compareTo(Entry other) {
			return Long.compare(this.due, other.due);
		}

	}

	private static final class Lane implements Runnable {

		private final Thread thread;

		private final ConcurrentLinkedQueue<Entry> incoming = new ConcurrentLinkedQueue<>();

		private final PriorityQueue<Entry> due = new PriorityQueue<>();

		private volatile boolean running = true;

		Lane(String name) {
			this.thread = new Thread(this, name);
			this.thread.setDaemon(true);
		}

		@Override
		public void run() {
			while (this.running) {
				for (Entry entry = this.incoming.poll(); entry != null; entry = this.incoming.poll()) {
					this.due.add(entry);
				}
				long now = System.nanoTime();
				Entry head = this.due.peek();
				while (head != null && head.due - EARLY_NANOS <= now) {
					this.due.poll();
					fire(head, now);
					now = System.nanoTime();
					head = this.due.peek();
				}
				if (this.incoming.isEmpty()) {
					LockSupport.parkNanos(this, (head != null) ? head.due - now : 1_000_000_000L);
				}
			}
		}

		private void fire(Entry entry, long now) {
			long next;
			try {
				next = entry.paced.fire(now);
			}
			catch (RuntimeException ex) {
				logger.error("Paced work failed", ex);
				next = DONE;
			}
			if (next != DONE) {
				entry.due = next;
				this.due.add(entry);
			}
		}

	}

}
