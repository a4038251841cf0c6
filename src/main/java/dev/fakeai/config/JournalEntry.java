package dev.fakeai.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code /v1} request as the journal keeps it: the bodies as they were (bytes, or the
 * object Spring wrote), read as JSON only when the journal is read, so recording costs a
 * request little. Keys never appear: the {@code Authorization}, {@code api-key} and
 * cookie headers are left out.
 *
 * @param id the {@code x-request-id} sent back
 * @param arrived when it arrived
 * @param method the HTTP method
 * @param path the path
 * @param query the query string, if any
 * @param resolvedModel the catalog model that answered
 * @param status the HTTP status answered
 * @param durationMs from arrival to the last byte
 * @param headers the request headers (keys left out)
 * @param request the body as sent
 * @param fixture the fixture that answered, if one did
 * @param streamed whether the answer was a stream
 * @param response the body answered: JSON bytes, an object, or a stream's assembled
 * choices
 * @param bytes the bytes this entry holds, for the journal's bound
 */
public record JournalEntry(String id, Instant arrived, String method, String path, @Nullable String query,
		@Nullable String resolvedModel, int status, long durationMs, Map<String, String> headers, byte[] request,
		@Nullable String fixture, boolean streamed, @Nullable Object response, long bytes) {

	public JournalEntry {
		headers = Map.copyOf(headers);
	}

	/**
	 * The model the body asked for.
	 * @param mapper the mapper that reads the body
	 * @return the model, or {@code null} when the body names none
	 */
	@Nullable String model(JsonMapper mapper) {
		return (json(mapper, this.request) instanceof JsonNode body && body.path("model").isString())
				? body.path("model").stringValue() : null;
	}

	/**
	 * The entry as the admin API shows it.
	 * @param mapper the mapper that reads the bodies
	 * @return its fields, in order
	 */
	Map<String, Object> view(JsonMapper mapper) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", this.id);
		view.put("object", "fakeai.request");
		view.put("timestamp", this.arrived.toString());
		view.put("method", this.method);
		view.put("path", this.path);
		view.put("query", this.query);
		view.put("model", model(mapper));
		view.put("resolved_model", this.resolvedModel);
		view.put("status", this.status);
		view.put("duration_ms", this.durationMs);
		view.put("headers", this.headers);
		view.put("request", json(mapper, this.request));
		view.put("fixture", this.fixture);
		view.put("streamed", this.streamed);
		view.put("response", (this.response instanceof byte[] body) ? json(mapper, body) : this.response);
		return view;
	}

	private static @Nullable Object json(JsonMapper mapper, byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return mapper.readTree(body);
		}
		catch (JacksonException ex) {
			try {
				return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
			}
			catch (CharacterCodingException binary) {
				// Audio, images, multipart uploads with files: their size, not their
				// bytes.
				return "<" + body.length + " bytes, not text>";
			}
		}
	}

}
