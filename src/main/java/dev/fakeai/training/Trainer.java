package dev.fakeai.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends real requests to every endpoint of a running server, as a client would, and says
 * which were not answered as expected. Its bodies are the API docs' request examples
 * ({@code fakeai/apidocs/request-examples.json}), so what trains the AOT cache is what
 * "Try it out" sends; the files a multipart request needs are the server's own answers
 * (the speech is transcribed, the generated picture is edited). Every request asks for no
 * simulated latency ({@code X-FakeAI-Speed-Factor: 0}).
 */
final class Trainer {

	private static final String EXAMPLES = "/fakeai/apidocs/request-examples.json";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final URI base;

	private final String apiKey;

	private final String adminKey;

	private final JsonMapper json;

	private final JsonNode examples;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<String> failures = new ArrayList<>();

	private int requests;

	Trainer(URI base, String apiKey, String adminKey, JsonMapper json) {
		this.base = base;
		this.apiKey = apiKey;
		this.adminKey = adminKey;
		this.json = json;
		try (InputStream in = Objects.requireNonNull(Trainer.class.getResourceAsStream(EXAMPLES), EXAMPLES)) {
			this.examples = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends every request {@code rounds} times.
	 * @param rounds how many rounds
	 * @return what was sent and what failed
	 */
	Report train(int rounds) {
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			round(round == 0);
		}
		return new Report(rounds, this.requests, List.copyOf(this.failures),
				Duration.ofNanos(System.nanoTime() - start));
	}

	private void round(boolean first) {
		models();
		for (String name : names("createChatCompletion")) {
			post("/v1/chat/completions", example("createChatCompletion", name));
		}
		storedChatCompletions();
		responses();
		post("/v1/completions", example("createCompletion", "prompt"));
		post("/v1/completions", example("createCompletion", "prompt").put("stream", true));
		for (String name : names("createEmbedding")) {
			post("/v1/embeddings", example("createEmbedding", name));
		}
		post("/v1/moderations", example("createModeration", "text"));
		images();
		audio();
		admin();
		expect(400, "POST", "/v1/chat/completions", "application/json", "{\"model\":\"gpt-4o-mini\"}");
		get("/actuator/health");
		get("/actuator/prometheus");
		if (first) {
			get("/v3/api-docs");
		}
	}

	private void models() {
		get("/v1/models");
		get("/v1/models?detailed=true");
		get("/v1/models/gpt-4o-mini");
		get("/v1/models/gpt-4o-mini/capabilities");
		expect(404, "GET", "/v1/models/gtp-4o-mini", null, null);
	}

	private void storedChatCompletions() {
		ObjectNode body = example("createChatCompletion", names("createChatCompletion").get(0));
		body.remove("stream");
		body.remove("stream_options");
		body.put("store", true);
		body.putObject("metadata").put("run", "training");
		body.putObject("moderation").put("model", "omni-moderation-latest");
		JsonNode answer = post("/v1/chat/completions", body);
		String id = (answer != null) ? answer.path("id").asString("") : "";
		if (!id.isEmpty()) {
			get("/v1/chat/completions?metadata%5Brun%5D=training&limit=5");
			get("/v1/chat/completions/" + id);
			get("/v1/chat/completions/" + id + "/messages");
			post("/v1/chat/completions/" + id,
					this.json.createObjectNode().set("metadata", this.json.createObjectNode().put("run", "trained")));
			send("DELETE", "/v1/chat/completions/" + id, null, null);
		}
	}

	private void responses() {
		for (String name : names("createResponse")) {
			JsonNode answer = post("/v1/responses", example("createResponse", name));
			String id = (answer != null) ? answer.path("id").asString("") : "";
			if (!id.isEmpty()) {
				get("/v1/responses/" + id);
				get("/v1/responses/" + id + "/input_items");
				send("DELETE", "/v1/responses/" + id, null, null);
			}
		}
		post("/v1/responses/input_tokens", example("Getinputtokencounts", "count"));
	}

	private void images() {
		JsonNode picture = post("/v1/images/generations", example("createImage", "gpt"));
		post("/v1/images/generations", example("createImage", "url"));
		post("/v1/images/edits", example("createImageEdit", "url"));
		String b64 = (picture != null) ? picture.path("data").path(0).path("b64_json").asString("") : "";
		if (b64.isEmpty()) {
			this.failures.add("POST /v1/images/generations: no b64_json picture to edit");
			return;
		}
		Multipart form = new Multipart().field("model", "gpt-image-1")
			.field("prompt", "The same, at night")
			.field("quality", "low")
			.file("image", "fox.png", "image/png", Base64.getDecoder().decode(b64));
		send("POST", "/v1/images/edits", form.contentType(), form.bytes());
	}

	private void audio() {
		byte[] wav = send("POST", "/v1/audio/speech", "application/json", bytes(example("createSpeech", "wav")));
		send("POST", "/v1/audio/speech", "application/json", bytes(example("createSpeech", "mp3")));
		ObjectNode streamed = example("createSpeech", "wav").put("stream_format", "sse");
		send("POST", "/v1/audio/speech", "application/json", bytes(streamed));
		if (wav == null) {
			return;
		}
		for (String[] target : new String[][] { { "/v1/audio/transcriptions", "gpt-4o-mini-transcribe" },
				{ "/v1/audio/translations", "whisper-1" } }) {
			Multipart form = new Multipart().field("model", target[1]).file("file", "speech.wav", "audio/wav", wav);
			send("POST", target[0], form.contentType(), form.bytes());
		}
	}

	private void admin() {
		ObjectNode fixture = example("addFixtures", "answer");
		fixture.put("name", fixture.path("name").asString() + "-" + UUID.randomUUID());
		byte[] added = expect(201, "POST", "/__admin/fixtures", "application/json", bytes(fixture));
		String id = (added != null) ? this.json.readTree(added).path("data").path(0).path("id").asString("") : "";
		get("/__admin/fixtures");
		ObjectNode chat = example("createChatCompletion", "hello");
		((ObjectNode) chat.path("messages").path(1)).put("content", "Where is my refund?");
		post("/v1/chat/completions", chat);
		get("/__admin/requests?limit=20");
		if (!id.isEmpty()) {
			send("DELETE", "/__admin/fixtures/" + id, null, null);
		}
	}

	private List<String> names(String operation) {
		List<String> names = new ArrayList<>();
		this.examples.path(operation).propertyNames().forEach(names::add);
		return names;
	}

	private ObjectNode example(String operation, String name) {
		JsonNode value = this.examples.path(operation).path(name).path("value");
		if (!value.isObject()) {
			throw new IllegalStateException("No request example " + operation + "/" + name + " in " + EXAMPLES);
		}
		return (ObjectNode) value.deepCopy();
	}

	private byte[] bytes(JsonNode body) {
		return this.json.writeValueAsBytes(body);
	}

	private void get(String path) {
		send("GET", path, null, null);
	}

	private @Nullable JsonNode post(String path, JsonNode body) {
		byte[] answer = send("POST", path, "application/json", bytes(body));
		if (answer == null || body.path("stream").asBoolean(false)) {
			return null;
		}
		return this.json.readTree(answer);
	}

	private byte @Nullable [] send(String method, String path, @Nullable String contentType, byte @Nullable [] body) {
		return expect(200, method, path, contentType, body);
	}

	private byte @Nullable [] expect(int status, String method, String path, @Nullable String contentType,
			@Nullable Object body) {
		this.requests++;
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + (path.startsWith("/__admin") ? this.adminKey : this.apiKey))
			.header("X-FakeAI-Speed-Factor", "0");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		byte[] content = (body instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
		request.method(method, (content != null) ? BodyPublishers.ofByteArray(content) : BodyPublishers.noBody());
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), BodyHandlers.ofByteArray());
			if (response.statusCode() != status) {
				this.failures.add(method + " " + path + ": " + response.statusCode() + " (expected " + status + ") "
						+ excerpt(response.body()));
				return null;
			}
			return response.body();
		}
		catch (IOException ex) {
			this.failures.add(method + " " + path + ": " + ex);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.failures.add(method + " " + path + ": interrupted");
			return null;
		}
	}

	private static String excerpt(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

	/**
	 * What a training run did.
	 *
	 * @param rounds the rounds sent
	 * @param requests the requests sent
	 * @param failures one line for each request not answered as expected
	 * @param took how long the rounds took
	 */
	record Report(int rounds, int requests, List<String> failures, Duration took) {

		String summary() {
			return "Training run: " + this.requests + " requests in " + this.rounds + " rounds, " + this.failures.size()
					+ " failed, " + this.took.toMillis() + " ms";
		}

	}

	/** A multipart/form-data body, built by hand as a client's would be. */
	private static final class Multipart {

		private final String boundary = "fakeai-training-" + UUID.randomUUID();

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n",
					value.getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart file(String name, String filename, String type, byte[] content) {
			part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + type + "\r\n\r\n", content);
			return this;
		}

		private void part(String head, byte[] content) {
			this.out.writeBytes(("--" + this.boundary + "\r\n" + head).getBytes(StandardCharsets.UTF_8));
			this.out.writeBytes(content);
			this.out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		byte[] bytes() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(this.out.toByteArray());
			all.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return all.toByteArray();
		}

	}

}
