package dev.fakeai.config;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * What the server itself rejects before Spring sees the request (a bad percent-encoding,
 * {@code %00}, a malformed request line, an over-long URL or header), in OpenAI's
 * envelope: the same body under Tomcat and Jetty.
 */
final class ServerRejection {

	private ServerRejection() {
	}

	/**
	 * The JSON body for a rejection.
	 * @param status the status the server chose
	 * @param reason the server's own words, if any
	 * @return OpenAI's error envelope
	 */
	static String body(int status, @Nullable String reason) {
		String message = switch (status) {
			case 400 -> "Bad request: the request line, its URL or its headers could not be read.";
			case 414 -> "Request URI too long.";
			case 431 -> "Request headers too large.";
			default -> "The request could not be served (HTTP " + status + ").";
		};
		String detail = (reason != null) ? reason.replaceFirst("^\\d{3}: ", "").strip() : "";
		HttpStatus known = HttpStatus.resolve(status);
		if (!detail.isEmpty() && (known == null || !detail.equalsIgnoreCase(known.getReasonPhrase()))) {
			message += " " + detail;
		}
		String type = (status >= 500) ? "server_error" : "invalid_request_error";
		return "{\"error\":{\"message\":\"" + escape(message) + "\",\"type\":\"" + type
				+ "\",\"param\":null,\"code\":null}}";
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
