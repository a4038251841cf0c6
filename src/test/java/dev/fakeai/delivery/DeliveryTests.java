package dev.fakeai.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliveryTests {

	private final Pacer pacer = new Pacer(1);

	private final Delivery streamer = new Delivery(this.pacer, Duration.ofMinutes(1));

	@AfterEach
	void stop() {
		this.pacer.close();
	}

	@Test
	void framesEveryPayloadThenDoneAndCompletes() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);

		this.streamer.stream(request, response, new Source(3, 1_000_000L), (failed) -> "data: {\"error\":{}}\n\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content())
			.isEqualTo("data: {\"n\":0}\n\ndata: {\"n\":1}\n\ndata: {\"n\":2}\n\n" + "data: [DONE]\n\n");
		assertThat(response.getContentType()).startsWith("text/event-stream");
		assertThat(((MockAsyncContext) request.getAsyncContext()).getDispatchedPath()).isNull();
	}

	@Test
	void namedEventsGetAnEventLineAndAStreamWithoutDoneJustCloses() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);
		ChunkSource named = new Source(2, 0) {

			@Override
			public String event(int index) {
				return "response.n" + index;
			}

			@Override
			public boolean doneMarker() {
				return false;
			}

		};

		this.streamer.stream(request, response, named, (failed) -> "data: {\"error\":{}}\n\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content())
			.isEqualTo("event: response.n0\ndata: {\"n\":0}\n\nevent: response.n1\ndata: {\"n\":1}\n\n");
	}

	@Test
	void aDelayedBodyIsWrittenWholeWithItsContentType() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);

		this.streamer.sendLater(request, response, 1_000_000L, "application/json", "{\"ok\":true}".getBytes());

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content()).isEqualTo("{\"ok\":true}");
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getContentLength()).isEqualTo(11);
	}

	@Test
	void aStreamTheClientDoesNotReadWaitsForTheContainerWithoutWritingThenGoesOn() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(2);

		streamUntilTheClientStopsReading(request, response, new Source(20, 0));
		assertThat(request.isAsyncStarted()).isTrue();
		assertThat(response.content()).isEqualTo("data: {\"n\":0}\n\ndata: {\"n\":1}\n\n");

		response.release();

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content()).startsWith("data: {\"n\":0}\n\n")
			.endsWith("data: {\"n\":19}\n\ndata: [DONE]\n\n");
		assertThat(response.writesWhileNotReady.get()).isZero();
	}

	@Test
	void aWriteListenerErrorEndsTheStream() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(1);
		Source source = new Source(20, 0);

		streamUntilTheClientStopsReading(request, response, source);
		response.listener.onError(new IOException("Connection reset"));

		assertThat(request.isAsyncStarted()).isFalse();
		response.release();
		assertThat(source.made.get()).isEqualTo(1);
	}

	@Test
	void aClientThatGoesAwayCancelsTheRest() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		Source source = new Source(50, 1_000_000L);
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);
		response.failAfter = 2;

		this.streamer.stream(request, response, source, (failed) -> "data: {\"error\":{}}\n\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(source.made.get()).isLessThanOrEqualTo(3);
	}

	@Test
	void aFrameThatCannotBeMadeEndsWithAnErrorFrame() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);
		ChunkSource broken = new Source(3, 0) {
			@Override
			public String data(int index) {
				if (index == 1) {
					throw new IllegalStateException("cannot");
				}
				return super.data(index);
			}
		};

		this.streamer.stream(request, response, broken,
				(failed) -> "data: {\"error\":{\"type\":\"server_error\"}}\n\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content())
			.isEqualTo("data: {\"n\":0}\n\ndata: {\"error\":{\"type\":\"server_error\"}}\n\n");
	}

	@Test
	void sendsADelayedBody() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(Integer.MAX_VALUE);

		this.streamer.sendLater(request, response, 2_000_000L, "application/json",
				"{}".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content()).isEqualTo("{}");
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentLength()).isEqualTo(2);
	}

	@Test
	void aDelayedBodyTheClientDoesNotReadWaitsForTheContainer() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		ClientResponse response = new ClientResponse(1);

		this.streamer.sendLater(request, response, 0, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(10)).until(() -> response.waitedFor.get() > 0);
		assertThat(request.isAsyncStarted()).isTrue();
		response.release();
		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.content()).isEqualTo("{}");
		assertThat(response.writesWhileNotReady.get()).isZero();
	}

	private void streamUntilTheClientStopsReading(MockHttpServletRequest request, ClientResponse response,
			Source source) throws IOException {
		this.streamer.stream(request, response, source, (failed) -> "data: {\"error\":{}}\n\n");
		await().atMost(Duration.ofSeconds(10)).until(() -> response.waitedFor.get() > 0);
	}

	private static MockHttpServletRequest asyncRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/chat/completions");
		request.setAsyncSupported(true);
		return request;
	}

	private static class Source implements ChunkSource {

		final AtomicInteger made = new AtomicInteger();

		private final int size;

		private final long delay;

		Source(int size, long delay) {
			this.size = size;
			this.delay = delay;
		}

		@Override
		public int size() {
			return this.size;
		}

		@Override
		public String data(int index) {
			this.made.incrementAndGet();
			return "{\"n\":" + index + "}";
		}

		@Override
		public long delayNanos(int index) {
			assertThat(index).isBetween(0, this.size - 1);
			return this.delay;
		}

	}

	/**
	 * A response written without blocking, as a container does it: after a number of
	 * writes the client's buffer is full, {@code isReady()} answers false and a write
	 * would be an error, until {@link #release()} empties it and calls the listener. It
	 * can also fail every write after some, as when the client disconnects.
	 */
	private static final class ClientResponse extends MockHttpServletResponse {

		private final ByteArrayOutputStream received = new ByteArrayOutputStream();

		final AtomicInteger waitedFor = new AtomicInteger();

		final AtomicInteger writesWhileNotReady = new AtomicInteger();

		volatile int failAfter = Integer.MAX_VALUE;

		private int room;

		private boolean ready = true;

		volatile WriteListener listener;

		private final ServletOutputStream out = new ServletOutputStream() {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				synchronized (ClientResponse.this) {
					if (!ClientResponse.this.ready) {
						ClientResponse.this.writesWhileNotReady.incrementAndGet();
						throw new IllegalStateException("Write while not ready");
					}
					if (ClientResponse.this.failAfter-- <= 0) {
						throw new IOException("Broken pipe");
					}
					ClientResponse.this.received.write(b, off, len);
					if (--ClientResponse.this.room == 0) {
						ClientResponse.this.ready = false;
					}
				}
			}

			@Override
			public void flush() {
				synchronized (ClientResponse.this) {
					if (!ClientResponse.this.ready) {
						ClientResponse.this.writesWhileNotReady.incrementAndGet();
						throw new IllegalStateException("Flush while not ready");
					}
				}
			}

			@Override
			public boolean isReady() {
				synchronized (ClientResponse.this) {
					if (!ClientResponse.this.ready) {
						ClientResponse.this.waitedFor.incrementAndGet();
					}
					return ClientResponse.this.ready;
				}
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				ClientResponse.this.listener = listener;
				try {
					listener.onWritePossible();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};

		ClientResponse(int room) {
			this.room = room;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return this.out;
		}

		void release() {
			synchronized (this) {
				this.ready = true;
				this.room = Integer.MAX_VALUE;
			}
			try {
				this.listener.onWritePossible();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		synchronized String content() {
			return this.received.toString(StandardCharsets.UTF_8);
		}

	}

}
