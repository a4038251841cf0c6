package dev.fakeai.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Lets a request's connection be closed at once, without ending the answer: what a
 * dropped connection looks like to a client. A Tomcat valve puts the means into the
 * request, since the servlet API has none.
 */
final class ConnectionAbort extends ValveBase {

	private static final String ATTRIBUTE = ConnectionAbort.class.getName();

	ConnectionAbort() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		Runnable abort = () -> response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
		request.setAttribute(ATTRIBUTE, abort);
		getNext().invoke(request, response);
	}

	/**
	 * Closes the request's connection now.
	 * @param request the request
	 * @return whether it could be closed (only under Tomcat)
	 */
	static boolean closeNow(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Runnable abort) {
			abort.run();
			return true;
		}
		return false;
	}

}
