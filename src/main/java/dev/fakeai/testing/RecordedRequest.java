package dev.fakeai.testing;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request as the journal recorded it.
 *
 * @param id its {@code x-request-id}
 * @param method the HTTP method
 * @param path the path
 * @param model the model it asked for
 * @param resolvedModel the catalog model that answered
 * @param status the status answered
 * @param fixture the fixture that answered, or {@code null} when simulated
 * @param body the request body
 * @param response the answer (a stream's assembled choices)
 */
public record RecordedRequest(String id, String method, String path, @Nullable String model,
		@Nullable String resolvedModel, int status, @Nullable String fixture, @Nullable JsonNode body,
		@Nullable JsonNode response) {
}
