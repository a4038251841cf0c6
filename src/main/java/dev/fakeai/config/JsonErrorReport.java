package dev.fakeai.config;

import java.io.IOException;
import java.io.Writer;

import dev.fakeai.engine.Ids;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report in OpenAI's envelope instead of its HTML page: what Tomcat
 * rejects before Spring sees it (a bad percent-encoding, {@code %00}, a malformed request
 * line, an over-long URL or header) is answered with JSON and an {@code x-request-id},
 * with the status Tomcat chose. Installed as the host's error report valve.
 */
public class JsonErrorReport extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String reason = (throwable != null && throwable.getMessage() != null) ? throwable.getMessage()
				: response.getMessage();
		String message = switch (status) {
			case 400 -> "Bad request: the request line, its URL or its headers could not be read.";
			case 414 -> "Request URI too long.";
			case 431 -> "Request headers too large.";
			default -> "The request could not be served (HTTP " + status + ").";
		};
		if (reason != null && !reason.isBlank()) {
			message += " " + reason.strip();
		}
		String type = (status >= 500) ? "server_error" : "invalid_request_error";
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.setHeader(OpenAiHeaders.REQUEST_ID, Ids.hex("req_", 32));
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"error\":{\"message\":\"" + escape(message) + "\",\"type\":\"" + type
						+ "\",\"param\":null,\"code\":null}}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			ExceptionUtils.handleThrowable(ex);
		}
	}

	/**
	 * Text as the inside of a JSON string.
	 * @param text the text
	 * @return it escaped
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
