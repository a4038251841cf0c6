package dev.fakeai.config;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One {@code /v1} request as the journal keeps it. Keys never appear: the
 * {@code Authorization}, {@code api-key} and cookie headers are left out.
 *
 * @param id the {@code x-request-id} sent back
 * @param object always {@code fakeai.request}
 * @param timestamp when it arrived, ISO-8601
 * @param method the HTTP method
 * @param path the path
 * @param query the query string, if any
 * @param model the model the body asked for
 * @param resolvedModel the catalog model that answered
 * @param status the HTTP status answered
 * @param durationMs from arrival to the last byte
 * @param headers the request headers (keys left out)
 * @param request the body: JSON as sent, or text when it was not JSON
 * @param fixture the fixture that answered, if one did
 * @param streamed whether the answer was a stream
 * @param response the body answered; for a stream, its assembled choices
 * @param bytes the request and response bytes this entry holds, for the journal's bound
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("timestamp") String timestamp, @JsonProperty("method") String method,
		@JsonProperty("path") String path, @JsonProperty("query") @Nullable String query,
		@JsonProperty("model") @Nullable String model, @JsonProperty("resolved_model") @Nullable String resolvedModel,
		@JsonProperty("status") int status, @JsonProperty("duration_ms") long durationMs,
		@JsonProperty("headers") Map<String, String> headers, @JsonProperty("request") @Nullable Object request,
		@JsonProperty("fixture") @Nullable String fixture, @JsonProperty("streamed") boolean streamed,
		@JsonProperty("response") @Nullable Object response, @JsonProperty("bytes") long bytes) {

	public JournalEntry {
		headers = Map.copyOf(headers);
	}

}
