package dev.fakeai.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception, ours and Spring MVC's, into OpenAI's error envelope with the
 * matching status; nothing leaves as HTML, a problem detail or a stack trace.
 */
@RestControllerAdvice
public class OpenAiErrorHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(OpenAiErrorHandler.class);

	static final String INVALID_JSON = "We could not parse the JSON body of your request. (HINT: This likely means "
			+ "you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was "
			+ "sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our "
			+ "help center at help.openai.com.)";

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApiException(ApiException ex) {
		HttpHeaders headers = new HttpHeaders();
		ex.headers().forEach(headers::add);
		return body(ex.status(), headers, ex.toError());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = "Invalid value for '" + ex.getName() + "': " + ex.getValue() + ".";
		return handleApiException(ApiException.invalidParameter(ex.getName(), message));
	}

	/**
	 * A multipart body that cannot be read (cut short, a wrong boundary): the client's
	 * mistake, found by the dispatcher before any handler. Too large a file is the
	 * inherited 413.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleBrokenMultipart(MultipartException ex) {
		return handleApiException(ApiException.badRequest(null,
				"Could not parse multipart form data: check the boundary and that the body is complete.", null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
		logger.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(),
				ApiError.of("The server had an error while processing your request. Sorry about that!", "server_error",
						null, null));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof HttpMessageNotReadableException
				&& payloadTooLarge(ex) instanceof PayloadTooLargeException big) {
			return handleApiException(ApiException.payloadTooLarge(big.limitBytes()));
		}
		HttpServletRequest servlet = servletRequest(request);
		if (ex instanceof NoResourceFoundException && servlet != null) {
			return handleApiException(ApiException.invalidUrl(servlet.getMethod(), servlet.getRequestURI()));
		}
		String type = status.is5xxServerError() ? "server_error" : ApiException.INVALID_REQUEST;
		return body(status, headers, ApiError.of(messageFor(ex, status, request), type, paramFor(ex), null));
	}

	private static @Nullable Throwable payloadTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException) {
				return cause;
			}
		}
		return null;
	}

	private static String messageFor(Exception ex, HttpStatusCode status, WebRequest request) {
		if (ex instanceof HttpMessageNotReadableException) {
			return INVALID_JSON;
		}
		if (ex instanceof MethodArgumentNotValidException invalid && invalid.getBindingResult().hasErrors()) {
			FieldError field = invalid.getBindingResult().getFieldError();
			return (field != null) ? "Invalid '" + field.getField() + "': " + field.getDefaultMessage() + "."
					: invalid.getBindingResult().getAllErrors().get(0).getDefaultMessage() + ".";
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "Missing required parameter: '" + missing.getParameterName() + "'.";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		String reason = (known != null) ? known.getReasonPhrase() : "Error";
		return reason + " (" + describe(request) + "): " + ex.getMessage();
	}

	private static @Nullable String paramFor(Exception ex) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			FieldError field = invalid.getBindingResult().getFieldError();
			return (field != null) ? field.getField() : null;
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return missing.getParameterName();
		}
		return null;
	}

	private static String describe(WebRequest request) {
		HttpServletRequest servlet = servletRequest(request);
		return (servlet != null) ? servlet.getMethod() + " " + servlet.getRequestURI() : request.getDescription(false);
	}

	private static @Nullable HttpServletRequest servletRequest(WebRequest request) {
		return (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet) ? servlet : null;
	}

	static ResponseEntity<Object> body(HttpStatusCode status, HttpHeaders headers, ApiError error) {
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(error);
	}

}
