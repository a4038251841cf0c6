package dev.fakeai.engine;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * How one API's wire reads for recording: its requests as the engine's, and an upstream
 * server's answers (blocking or streamed) as scripts a fixture can replay. Each API
 * package provides one; the recorder picks it by path.
 */
public interface WireReader {

	/**
	 * The API's short name.
	 * @return e.g. {@code chat}
	 */
	String api();

	/**
	 * The path it serves.
	 * @return e.g. {@code /v1/chat/completions}
	 */
	String path();

	/**
	 * A request as the engine's, read leniently (unknown parameters allowed) and without
	 * any stored state it refers to.
	 * @param body the request body
	 * @return the request
	 */
	GenerationRequest request(JsonNode body);

	/**
	 * What a blocking answer said.
	 * @param body the answer
	 * @param fixture the name the script is given
	 * @return the script that says the same
	 */
	Script answer(JsonNode body, String fixture);

	/**
	 * What a streamed answer said.
	 * @param frames the JSON of its {@code data:} frames, in order
	 * @param fixture the name the script is given
	 * @return the script that says the same
	 */
	Script streamedAnswer(List<JsonNode> frames, String fixture);

}
