package dev.fakeai.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTests {

	@Test
	void firesItemsInDueOrderWhateverTheOrderTheyCameIn() throws Exception {
		List<String> fired = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(5);
		try (Pacer pacer = new Pacer(1)) {
			long now = System.nanoTime();
			for (int i = 5; i >= 1; i--) {
				String name = "due-" + i;
				pacer.add((at) -> {
					fired.add(name);
					done.countDown();
					return Pacer.DONE;
				}, now + i * 20_000_000L);
			}
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(fired).containsExactly("due-1", "due-2", "due-3", "due-4", "due-5");
	}

	@Test
	void anItemFiresAgainAtTheTimeItReturnsUntilDone() throws Exception {
		List<Long> times = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(1);
		AtomicInteger left = new AtomicInteger(3);
		try (Pacer pacer = new Pacer(1)) {
			pacer.add((now) -> {
				times.add(now);
				if (left.decrementAndGet() == 0) {
					done.countDown();
					return Pacer.DONE;
				}
				return now + 5_000_000L;
			}, System.nanoTime());
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(times).hasSize(3);
		assertThat(times.get(2) - times.get(1)).isGreaterThanOrEqualTo(5_000_000L - 200_000L);
	}

	@Test
	void aFailingItemIsDroppedAndTheLaneGoesOn() throws Exception {
		CountDownLatch after = new CountDownLatch(1);
		AtomicInteger failures = new AtomicInteger();
		try (Pacer pacer = new Pacer(1)) {
			pacer.add((now) -> {
				failures.incrementAndGet();
				throw new IllegalStateException("boom");
			}, System.nanoTime());
			pacer.add((now) -> {
				after.countDown();
				return Pacer.DONE;
			}, System.nanoTime() + 1_000_000L);

			assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(failures).hasValue(1);
	}

	@Test
	void itemsSpreadOverLanes() throws Exception {
		CountDownLatch done = new CountDownLatch(100);
		List<String> threads = new CopyOnWriteArrayList<>();
		try (Pacer pacer = new Pacer(2)) {
			for (int i = 0; i < 100; i++) {
				pacer.add((now) -> {
					threads.add(Thread.currentThread().getName());
					done.countDown();
					return Pacer.DONE;
				}, System.nanoTime());
			}
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(threads).containsOnly("fakeai-pacer-1", "fakeai-pacer-2");
		assertThat(threads.stream().distinct()).hasSize(2);
	}

}
