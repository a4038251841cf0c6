package dev.fakeai.errors;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A client-visible failure with OpenAI's status, type, param and code. Built only through
 * the named factories, so each kind of error reads the same everywhere.
 */
public final class ApiException extends RuntimeException {

	static final String INVALID_REQUEST = "invalid_request_error";

	private final HttpStatus status;

	private final String type;

	private final @Nullable String param;

	private final @Nullable String code;

	private final Map<String, String> headers;

	private ApiException(HttpStatus status, String message, String type, @Nullable String param,
			@Nullable String code) {
		this(status, message, type, param, code, Map.of());
	}

	private ApiException(HttpStatus status, String message, String type, @Nullable String param, @Nullable String code,
			Map<String, String> headers) {
		super(message, null, false, false);
		this.status = status;
		this.type = type;
		this.param = param;
		this.code = code;
		this.headers = Map.copyOf(headers);
	}

	/**
	 * An error a test scripted: any status from 400 to 599 with the type, code, param and
	 * message it gave.
	 * @param status the HTTP status
	 * @param type the error type
	 * @param code the code, or {@code null}
	 * @param message the message
	 * @param param the parameter, or {@code null}
	 * @return the exception
	 */
	public static ApiException scripted(int status, String type, @Nullable String code, String message,
			@Nullable String param) {
		return new ApiException(HttpStatus.valueOf(status), message, type, param, code);
	}

	/**
	 * 429: a rate limit or the quota, with the headers that describe the limits.
	 * @param message OpenAI's message
	 * @param type {@code requests}, {@code tokens} or {@code insufficient_quota}
	 * @param code {@code rate_limit_exceeded} or {@code insufficient_quota}
	 * @param headers the {@code x-ratelimit-*} headers
	 * @return the exception
	 */
	public static ApiException tooManyRequests(String message, String type, String code, Map<String, String> headers) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, message, type, null, code, headers);
	}

	/** OpenAI's words for an overloaded server. */
	public static final String OVERLOADED = "Our servers are currently overloaded. Please try again later.";

	/**
	 * 503: the server is overloaded, in OpenAI's 2026 words.
	 * @return the exception
	 */
	public static ApiException overloaded() {
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, OVERLOADED, "service_unavailable_error", null,
				"server_is_overloaded");
	}

	/** The header that carries the closest model ids of a {@code model_not_found}. */
	public static final String MODEL_SUGGESTIONS_HEADER = "X-FakeAI-Model-Suggestions";

	/**
	 * 404 for a model that does not exist, in OpenAI's exact wording; the closest ids go
	 * in the {@value #MODEL_SUGGESTIONS_HEADER} header, not in the message.
	 * @param model the requested id
	 * @param suggestions the closest known ids, closest first
	 * @return the exception
	 */
	public static ApiException modelNotFound(String model, List<String> suggestions) {
		String message = "The model `" + model + "` does not exist or you do not have access to it.";
		Map<String, String> headers = suggestions.isEmpty() ? Map.of()
				: Map.of(MODEL_SUGGESTIONS_HEADER, String.join(", ", suggestions));
		return new ApiException(HttpStatus.NOT_FOUND, message, INVALID_REQUEST, null, "model_not_found", headers);
	}

	/**
	 * 404 for a path no endpoint serves, in OpenAI's wording.
	 * @param method the HTTP method
	 * @param path the request path
	 * @return the exception
	 */
	public static ApiException invalidUrl(String method, String path) {
		return new ApiException(HttpStatus.NOT_FOUND, "Invalid URL (" + method + " " + path + ")", INVALID_REQUEST,
				null, null);
	}

	/**
	 * 404 for a model that exists but is not served by this endpoint, as OpenAI answers.
	 * @param message OpenAI's explanation
	 * @return the exception
	 */
	public static ApiException wrongEndpointForModel(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, message, INVALID_REQUEST, "model", null);
	}

	/**
	 * 404 for a stored object that does not exist (or no longer does).
	 * @param message OpenAI's wording, naming the object
	 * @return the exception
	 */
	public static ApiException notFound(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, message, INVALID_REQUEST, null, null);
	}

	/**
	 * 400 for a request OpenAI refuses with its own code (or none).
	 * @param param the parameter at fault, if one is
	 * @param message OpenAI's wording
	 * @param code OpenAI's code, if it sends one
	 * @return the exception
	 */
	public static ApiException badRequest(@Nullable String param, String message, @Nullable String code) {
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param, code);
	}

	/**
	 * 400 for a request parameter with a bad value.
	 * @param param the parameter
	 * @param message what is wrong with it
	 * @return the exception
	 */
	public static ApiException invalidParameter(String param, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param, "invalid_value");
	}

	/**
	 * 400 for a parameter of the wrong JSON type.
	 * @param param the parameter path
	 * @param expected what it should be, e.g. {@code a decimal}
	 * @param actual what it is, e.g. {@code a string}
	 * @return the exception
	 */
	public static ApiException invalidType(String param, String expected, String actual) {
		return new ApiException(HttpStatus.BAD_REQUEST,
				"Invalid type for '" + param + "': expected " + expected + ", but got " + actual + " instead.",
				INVALID_REQUEST, param, "invalid_type");
	}

	/**
	 * 400 for a number outside its range, in OpenAI's wording.
	 * @param param the parameter path
	 * @param value the value sent
	 * @param bound the bound it crossed
	 * @param above whether it is above the maximum (else below the minimum)
	 * @param integer whether the parameter is an integer (else a decimal)
	 * @return the exception
	 */
	public static ApiException outOfRange(String param, Number value, Number bound, boolean above, boolean integer) {
		String kind = integer ? "integer" : "decimal";
		String message = "Invalid '" + param + "': " + kind + (above ? " above maximum" : " below minimum")
				+ " value. Expected a value " + (above ? "<= " : ">= ") + bound + ", but got " + value + " instead.";
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param,
				kind + (above ? "_above_max_value" : "_below_min_value"));
	}

	/**
	 * 400 for a required parameter that is missing.
	 * @param param the parameter path
	 * @return the exception
	 */
	public static ApiException missingParameter(String param) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Missing required parameter: '" + param + "'.", INVALID_REQUEST,
				param, "missing_required_parameter");
	}

	/**
	 * 400 for an empty array that needs an element.
	 * @param param the parameter path
	 * @return the exception
	 */
	public static ApiException emptyArray(String param) {
		return new ApiException(HttpStatus.BAD_REQUEST,
				"Invalid '" + param + "': empty array. Expected an array "
						+ "with minimum length 1, but got an empty array instead.",
				INVALID_REQUEST, param, "empty_array");
	}

	/**
	 * 400 for a request argument the API does not know, in the wording OpenAI's chat
	 * completions use for it ({@code param} and {@code code} null).
	 * @param argument the argument's name
	 * @return the exception
	 */
	public static ApiException unrecognizedArgument(String argument) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Unrecognized request argument supplied: " + argument,
				INVALID_REQUEST, null, null);
	}

	/**
	 * 400 for a top-level parameter the API does not know, in OpenAI's newer wording.
	 * @param param the parameter
	 * @return the exception
	 */
	public static ApiException unknownParameter(String param) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Unknown parameter: '" + param + "'.", INVALID_REQUEST, param,
				"unknown_parameter");
	}

	/**
	 * 400 for a parameter the model does not take.
	 * @param param the parameter
	 * @param message OpenAI's explanation
	 * @return the exception
	 */
	public static ApiException unsupportedParameter(String param, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param, "unsupported_parameter");
	}

	/**
	 * 400 for a value the model does not take.
	 * @param param the parameter
	 * @param message OpenAI's explanation
	 * @return the exception
	 */
	public static ApiException unsupportedValue(String param, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param, "unsupported_value");
	}

	/**
	 * 400 for a prompt plus output limit over the model's context window, in OpenAI's
	 * wording.
	 * @param contextWindow the model's window
	 * @param promptTokens the prompt's tokens
	 * @param outputTokens the requested output tokens
	 * @param param the conversation's parameter ({@code messages}, {@code input})
	 * @return the exception
	 */
	public static ApiException contextLengthExceeded(int contextWindow, int promptTokens, int outputTokens,
			String param) {
		String message = "This model's maximum context length is " + contextWindow + " tokens. However, you "
				+ "requested " + ((long) promptTokens + outputTokens) + " tokens (" + promptTokens
				+ " in the messages, " + outputTokens + " in the completion). Please reduce the length of the "
				+ "messages or completion.";
		return new ApiException(HttpStatus.BAD_REQUEST, message, INVALID_REQUEST, param, "context_length_exceeded");
	}

	/**
	 * 401 for a request without an API key, in OpenAI's wording.
	 * @return the exception
	 */
	public static ApiException missingApiKey() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "Missing bearer or basic authentication in header",
				INVALID_REQUEST, null, null);
	}

	/**
	 * 401 for a wrong API key, in OpenAI's wording; the key is masked.
	 * @param key the key as sent
	 * @return the exception
	 */
	public static ApiException invalidApiKey(String key) {
		return new ApiException(HttpStatus.UNAUTHORIZED,
				"Incorrect API key provided: " + mask(key)
						+ ". You can find your API key at https://platform.openai.com/account/api-keys.",
				INVALID_REQUEST, null, "invalid_api_key");
	}

	/**
	 * 403 for an operation the caller may not perform.
	 * @param message why
	 * @return the exception
	 */
	public static ApiException permissionDenied(String message) {
		return new ApiException(HttpStatus.FORBIDDEN, message, INVALID_REQUEST, null, "permission_denied");
	}

	/**
	 * 413 for a body over the configured limit.
	 * @param limitBytes the limit
	 * @return the exception
	 */
	public static ApiException payloadTooLarge(long limitBytes) {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + limitBytes + " bytes.", INVALID_REQUEST, null,
				"request_too_large");
	}

	/**
	 * A key as OpenAI shows it in errors: its first 8 characters ({@code sk-} and 5 more)
	 * and last 4 in clear, a star for each one between; keys too short for that are shown
	 * as sent.
	 */
	static String mask(String key) {
		if (key.length() <= 12) {
			return key;
		}
		return key.substring(0, 8) + "*".repeat(key.length() - 12) + key.substring(key.length() - 4);
	}

	public HttpStatus status() {
		return this.status;
	}

	/**
	 * Headers the answer carries besides the envelope.
	 * @return the headers, often none
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * The envelope this exception is sent as.
	 * @return the body
	 */
	public ApiError toError() {
		return ApiError.of(getMessage(), this.type, this.param, this.code);
	}

}
