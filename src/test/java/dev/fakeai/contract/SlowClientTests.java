package dev.fakeai.contract;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stays connected but stops reading must not hold up anybody else's stream:
 * with a single pacer lane, a stream sent while another client's large stream cannot be
 * written still arrives whole. (Tomcat's write timeout is a minute; before non-blocking
 * writes the second stream waited for it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fakeai.latency.speed-factor=0", "fakeai.latency.scheduler-threads=1" })
class SlowClientTests {

	@LocalServerPort
	int port;

	@Test
	void aClientThatStopsReadingDoesNotStallOtherStreams() throws Exception {
		try (Socket stalled = new Socket()) {
			stalled.setReceiveBufferSize(1024);
			stalled.connect(new InetSocketAddress("127.0.0.1", this.port));
			byte[] body = """
					{"model": "gpt-4o-mini", "stream": true, "n": 128, "max_tokens": 2000,
					 "messages": [{"role": "user", "content": "Write a long essay on the history of the printing press"}]}"""
				.getBytes(StandardCharsets.UTF_8);
			OutputStream out = stalled.getOutputStream();
			out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			Thread.sleep(1000);

			CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(
					() -> ContractTestClients.send(ContractTestClients
						.request(this.port, "/v1/chat/completions", "Content-Type", "application/json",
								"X-FakeAI-TTFT-Ms", "20", "X-FakeAI-ITL-Ms", "1")
						.POST(HttpRequest.BodyPublishers.ofString("""
								{"model": "gpt-4o-mini", "stream": true, "max_tokens": 20,
								 "messages": [{"role": "user", "content": "Say hello"}]}"""))
						.build()));

			HttpResponse<String> response = other.get(20, TimeUnit.SECONDS);
			assertThat(ChatHttpContractTests.streamFrames(response)).hasSizeGreaterThan(2);
		}
	}

}
