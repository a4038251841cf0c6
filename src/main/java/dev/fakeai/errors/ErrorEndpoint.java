package dev.fakeai.errors;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch ({@code /error}) in OpenAI's envelope,
 * for failures that happen before Spring MVC's handlers (filters, the container itself).
 */
@RestController
@Hidden
class ErrorEndpoint implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String type = status.is5xxServerError() ? "server_error" : ApiException.INVALID_REQUEST;
		String message = status.is5xxServerError()
				? "The server had an error while processing your request. Sorry about that!"
				: status.getReasonPhrase() + " (" + request.getMethod() + " " + uri + ")";
		return OpenAiErrorHandler.body(status, new HttpHeaders(), ApiError.of(message, type, null, null));
	}

}
