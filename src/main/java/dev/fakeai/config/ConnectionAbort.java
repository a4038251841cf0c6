package dev.fakeai.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.util.ClassUtils;

/**
 * Lets a request's connection be closed at once, without ending the answer: what a
 * dropped connection looks like to a client. The servlet API has no means: under Jetty
 * the request's end point is closed ({@link JettyEdge#closeNow}), under Tomcat a valve
 * puts the means into the request.
 */
final class ConnectionAbort {

	private static final String ATTRIBUTE = ConnectionAbort.class.getName();

	private static final boolean JETTY = ClassUtils.isPresent("org.eclipse.jetty.ee11.servlet.ServletContextRequest",
			ConnectionAbort.class.getClassLoader());

	private ConnectionAbort() {
	}

	/**
	 * Closes the request's connection now.
	 * @param request the request
	 * @return whether it could be closed (under Jetty or Tomcat)
	 */
	static boolean closeNow(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Runnable abort) {
			abort.run();
			return true;
		}
		return JETTY && JettyEdge.closeNow(request);
	}

	/** The valve that lets a request under Tomcat close its connection. */
	static final class TomcatValve extends ValveBase {

		TomcatValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			Runnable abort = () -> response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
			request.setAttribute(ATTRIBUTE, abort);
			getNext().invoke(request, response);
		}

	}

}
