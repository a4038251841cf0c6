package dev.fakeai.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server rejects before Spring sees it, sent over raw sockets (a client library
 * would refuse to send it): every answer is OpenAI's envelope in JSON with an
 * {@code x-request-id}, never the server's HTML page; characters clients send unencoded
 * in a query or path are read. On Jetty, fakeai's own server, a 400 keeps the connection
 * alive as the real API does; on Tomcat (an application's server, when fakeai runs in its
 * JVM) the same rejections are JSON, and a 400 closes the connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerRejectionsTests {

	private static final String INVALID_CHAT = "POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
			+ "Content-Type: application/json\r\nContent-Length: 23\r\n\r\n{\"model\":\"gpt-4o-mini\"}";

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	/** The status line, headers and body of the answer to raw request bytes. */
	private record Raw(int status, String head, String body) {
	}

	Raw send(String request) throws IOException {
		return send(this.port, request);
	}

	static Raw send(int port, String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
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

		assertThat(longUrl.status()).isEqualTo(414);
		assertThat(longHeader.status()).isEqualTo(431);
		assertThat(garbage.status()).isEqualTo(400);
		for (Raw answer : new Raw[] { longUrl, longHeader, garbage }) {
			assertThat(OpenApiSchemas.get().errors("ErrorResponse", answer.body())).as(answer.body()).isEmpty();
			assertThat(answer.head()).containsPattern("x-request-id: req_[0-9a-f]{32}");
		}
		assertThat(longUrl.body()).contains("Request URI too long.");
		assertThat(longHeader.body()).contains("Request headers too large.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/v1/models", "/v1/chat/completions", "/nothing", "/" })
	void traceIsOpenAisMethodNotAllowedAndNeverAnEcho(String target) throws IOException {
		Raw answer = send(
				"TRACE " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cret\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(405);
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", answer.body())).as(answer.body()).isEmpty();
		assertThat(answer.body()).doesNotContain("s3cret").contains("Request method 'TRACE' is not supported");
	}

	@Test
	void fakeaiRunsOnJetty() {
		assertThat(this.context.getWebServer()).isInstanceOf(JettyWebServer.class);
	}

	@Test
	void aBadRequestKeepsTheConnectionAliveAsTheRealApiDoes() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5_000);
			HttpAnswers answers = new HttpAnswers(socket);
			socket.getOutputStream().write(INVALID_CHAT.getBytes(StandardCharsets.ISO_8859_1));
			HttpAnswers.Answer first = answers.next();
			socket.getOutputStream()
				.write(get("/v1/models/gpt-4o").replace("Connection: close\r\n", "")
					.getBytes(StandardCharsets.ISO_8859_1));
			HttpAnswers.Answer second = answers.next();

			assertThat(first.status()).isEqualTo(400);
			assertThat(first.head()).doesNotContainIgnoringCase("Connection: close");
			assertThat(first.body()).contains("Missing required parameter: 'messages'.");
			assertThat(second.status()).as("the same connection answers the next request").isEqualTo(200);
			assertThat(second.body()).contains("\"id\":\"gpt-4o\"");
		}
	}

	/** Answers read one after another from a kept-alive connection. */
	static final class HttpAnswers {

		record Answer(int status, String head, String body) {
		}

		private final InputStream in;

		HttpAnswers(Socket socket) throws IOException {
			this.in = socket.getInputStream();
		}

		Answer next() throws IOException {
			StringBuilder head = new StringBuilder();
			String line;
			while (!(line = line()).isEmpty()) {
				head.append(line).append("\r\n");
			}
			String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(lower);
			if (length.find()) {
				body.write(this.in.readNBytes(Integer.parseInt(length.group(1))));
			}
			else if (lower.contains("transfer-encoding: chunked")) {
				int size;
				while ((size = Integer.parseInt(line().strip(), 16)) > 0) {
					body.write(this.in.readNBytes(size));
					line();
				}
				line();
			}
			return new Answer(Integer.parseInt(head.substring(9, 12)), head.toString(),
					body.toString(StandardCharsets.UTF_8));
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = this.in.read()) != '\n') {
				if (c < 0) {
					throw new IOException("The connection closed: " + line);
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

	/** The same on Tomcat, which closes the connection after a 400. */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "fakeai.http.server=tomcat")
	class OnTomcat {

		@LocalServerPort
		int tomcatPort;

		@Autowired
		ServletWebServerApplicationContext tomcatContext;

		@Test
		void rejectionsAreJsonAndABadRequestClosesTheConnection() throws IOException {
			assertThat(this.tomcatContext.getWebServer()).isInstanceOf(TomcatWebServer.class);
			for (String target : new String[] { "/v1/models/%ZZ", "/v1/models/a%00b" }) {
				Raw answer = send(this.tomcatPort, get(target));
				assertThat(answer.status()).isEqualTo(400);
				assertThat(answer.head()).containsPattern("x-request-id: req_[0-9a-f]{32}");
				assertThat(OpenApiSchemas.get().errors("ErrorResponse", answer.body())).as(answer.body()).isEmpty();
			}
			Raw longHeader = send(this.tomcatPort, "GET /v1/models HTTP/1.1\r\nHost: localhost\r\nX-Big: "
					+ "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
			assertThat(longHeader.body()).contains("Request header is too large");

			Raw trace = send(this.tomcatPort,
					"TRACE /v1/models HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cret\r\nConnection: close\r\n\r\n");
			assertThat(trace.status()).isEqualTo(405);
			assertThat(trace.body()).doesNotContain("s3cret");

			Raw invalid = send(this.tomcatPort, INVALID_CHAT);
			assertThat(invalid.status()).isEqualTo(400);
			assertThat(invalid.head()).containsIgnoringCase("Connection: close");
			assertThat(send(this.tomcatPort, get("/v1/models/my-org%2Fllama-3")).body()).contains("my-org/llama-3");
		}

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
