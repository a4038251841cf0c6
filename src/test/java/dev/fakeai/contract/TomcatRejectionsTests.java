package dev.fakeai.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat rejects before Spring sees it, sent over raw sockets (a client library
 * would refuse to send it): every answer is OpenAI's envelope in JSON with an
 * {@code x-request-id}, never Tomcat's HTML page; characters clients send unencoded in a
 * query or path are read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatRejectionsTests {

	@LocalServerPort
	int port;

	/** The status line, headers and body of the answer to raw request bytes. */
	private record Raw(int status, String head, String body) {
	}

	private Raw send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int split = answer.indexOf("\r\n\r\n");
			String head = answer.substring(0, split);
			String body = answer.substring(split + 4);
			if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
			}
			return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
		}
	}

	private static String get(String target) {
		return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/v1/models/%ZZ", "/v1/models/a%00b", "/v1/mo dels", "/v1/models/%" })
	void badTargetsAreJsonBadRequests(String target) throws IOException {
		Raw answer = send(get(target));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.head()).containsIgnoringCase("Content-Type: application/json")
			.containsPattern("x-request-id: req_[0-9a-f]{32}");
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", answer.body())).as(answer.body()).isEmpty();
		assertThat(answer.body()).contains("\"type\":\"invalid_request_error\"").doesNotContain("<html");
	}

	@Test
	void overLongUrlsHeadersAndMalformedRequestLinesAreJson() throws IOException {
		Raw longUrl = send(get("/v1/models/" + "a".repeat(20_000)));
		Raw longHeader = send("GET /v1/models HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");
		Raw garbage = send("GARBAGE\r\n\r\n");

		for (Raw answer : new Raw[] { longUrl, longHeader, garbage }) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(OpenApiSchemas.get().errors("ErrorResponse", answer.body())).as(answer.body()).isEmpty();
		}
		assertThat(longHeader.body()).contains("Request header is too large");
	}

	@Test
	void unencodedBracketsAndPipesAreRead() throws IOException {
		Raw brackets = send(get("/v1/models?owned_by[]=openai"));
		Raw pipe = send(get("/v1/models/a|b"));

		assertThat(brackets.status()).isEqualTo(200);
		assertThat(brackets.body()).startsWith("{\"object\":\"list\"");
		assertThat(pipe.status()).isEqualTo(404);
		assertThat(pipe.body()).contains("model_not_found");
	}

}
