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
 * Tomcat's error report in OpenAI's envelope instead of its HTML page
 * ({@link ServerRejection}), with an {@code x-request-id} and the status Tomcat chose.
 * Installed as the host's error report valve when fakeai runs in an application's JVM on
 * Tomcat.
 */
public class TomcatErrorReport extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String reason = (throwable != null && throwable.getMessage() != null) ? throwable.getMessage()
				: response.getMessage();
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.setHeader(OpenAiHeaders.REQUEST_ID, Ids.hex("req_", 32));
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ServerRejection.body(status, reason));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			ExceptionUtils.handleThrowable(ex);
		}
	}

}
