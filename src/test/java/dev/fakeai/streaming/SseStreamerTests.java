package dev.fakeai.streaming;

import java.io.IOException;
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

class SseStreamerTests {

	private final Pacer pacer = new Pacer(1);

	private final SseStreamer streamer = new SseStreamer(this.pacer, Duration.ofMinutes(1));

	@AfterEach
	void stop() {
		this.pacer.close();
	}

	@Test
	void framesEveryPayloadThenDoneAndCompletes() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.streamer.stream(request, response, new Source(3, 1_000_000L), () -> "{\"error\":{}}");

		await().atMost(Duration.ofSeconds(10)).until(() -> response.getContentAsString().endsWith("data: [DONE]\n\n"));
		assertThat(response.getContentAsString())
			.isEqualTo("data: {\"n\":0}\n\ndata: {\"n\":1}\n\ndata: {\"n\":2}\n\n" + "data: [DONE]\n\n");
		assertThat(response.getContentType()).startsWith("text/event-stream");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ((MockAsyncContext) request.getAsyncContext()).getDispatchedPath() == null
					&& !request.isAsyncStarted());
	}

	@Test
	void aClientThatGoesAwayCancelsTheRest() {
		MockHttpServletRequest request = asyncRequest();
		Source source = new Source(50, 1_000_000L);
		FailingResponse response = new FailingResponse(2);

		this.streamer.stream(request, response, source, () -> "{\"error\":{}}");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(source.made.get()).isLessThanOrEqualTo(3);
	}

	@Test
	void aFrameThatCannotBeMadeEndsWithAnErrorFrame() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		ChunkSource broken = new Source(3, 0) {
			@Override
			public String data(int index) {
				if (index == 1) {
					throw new IllegalStateException("cannot");
				}
				return super.data(index);
			}
		};

		this.streamer.stream(request, response, broken, () -> "{\"error\":{\"type\":\"server_error\"}}");

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.getContentAsString())
			.isEqualTo("data: {\"n\":0}\n\ndata: {\"error\":{\"type\":\"server_error\"}}\n\n");
	}

	@Test
	void sendsADelayedBody() throws Exception {
		MockHttpServletRequest request = asyncRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.streamer.sendLater(request, response, 2_000_000L, "application/json",
				"{}".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(10)).until(() -> !request.isAsyncStarted());
		assertThat(response.getContentAsString()).isEqualTo("{}");
		assertThat(response.getContentType()).isEqualTo("application/json");
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
			return this.delay;
		}

	}

	/** A response whose client disconnects after some writes. */
	private static final class FailingResponse extends MockHttpServletResponse {

		private final AtomicInteger writesLeft;

		FailingResponse(int writes) {
			this.writesLeft = new AtomicInteger(writes);
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return new ServletOutputStream() {
				@Override
				public void write(int b) throws IOException {
					write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					if (FailingResponse.this.writesLeft.decrementAndGet() < 0) {
						throw new IOException("Broken pipe");
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}
			};
		}

	}

}
