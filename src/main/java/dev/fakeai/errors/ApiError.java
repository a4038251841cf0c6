package dev.fakeai.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of every non-2xx response, as OpenAI sends it: {@code {"error": {"message",
 * "type", "param", "code"}}}.
 *
 * @param error the error
 */
public record ApiError(@JsonProperty("error") Body error) {

	/**
	 * An error body.
	 * @param message what went wrong, for a person
	 * @param type the error type, e.g. {@code invalid_request_error}
	 * @param param the offending parameter, if one is to blame
	 * @param code a machine-readable code, if any
	 * @return the envelope
	 */
	public static ApiError of(String message, String type, @Nullable String param, @Nullable String code) {
		return new ApiError(new Body(message, type, param, code));
	}

	/**
	 * The inside of the envelope; {@code param} and {@code code} are sent as {@code null}
	 * when absent, as OpenAI does.
	 *
	 * @param message what went wrong
	 * @param type the error type
	 * @param param the offending parameter
	 * @param code the machine-readable code
	 */
	public record Body(@JsonProperty("message") String message, @JsonProperty("type") String type,
			@JsonProperty("param") @Nullable String param, @JsonProperty("code") @Nullable String code) {
	}

}
