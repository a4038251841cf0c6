package dev.fakeai.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Clients for tests against the server on a random port: the official OpenAI SDK with
 * strict response validation, and raw HTTP for bytes the SDK would hide.
 */
final class ContractTestClients {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ContractTestClients() {
	}

	static OpenAIClient sdk(int port, String apiKey) {
		return OpenAIOkHttpClient.builder()
			.baseUrl("http://localhost:" + port + "/v1")
			.apiKey(apiKey)
			.maxRetries(0)
			.responseValidation(true)
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	static HttpResponse<String> get(int port, String rawPath, String... headers) {
		return send(request(port, rawPath, headers).GET().build());
	}

	static HttpResponse<String> delete(int port, String rawPath, String... headers) {
		return send(request(port, rawPath, headers).DELETE().build());
	}

	static HttpResponse<String> postJson(int port, String rawPath, String body) {
		return send(request(port, rawPath, "Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A multipart form post: the fields, then the file (as {@code file} named
	 * {@code fileName}).
	 */
	static HttpResponse<String> multipart(int port, String rawPath, String fileName, byte[] file, String... fields) {
		String boundary = "----fakeai" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(request(port, rawPath, "Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	static HttpRequest.Builder request(int port, String rawPath, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
			.timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first tool call of a completion's first choice.
	 * @param completion the completion
	 * @return the call
	 */
	static com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall firstToolCall(
			com.openai.models.chat.completions.ChatCompletion completion) {
		return completion.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
	}

	/**
	 * Sends a request whose connection may drop.
	 * @param request the request
	 * @return the response, or {@code null} when the connection dropped before it was
	 * complete
	 */
	static @org.jspecify.annotations.Nullable HttpResponse<String> sendOrFail(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
