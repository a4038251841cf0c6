package dev.fakeai.config;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.fakeai.engine.Ids;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * fakeai on Jetty, its own server: Jetty keeps a connection alive after a 400 as the real
 * API does (Tomcat closes it). What Jetty rejects before Spring sees the request is
 * answered in OpenAI's envelope ({@link ServerRejection}); {@code %2F} reaches the
 * controllers, so model ids with {@code /} work as the official SDKs send them; a
 * connection that a fault drops is closed at its end point.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.eclipse.jetty.server.Server", "org.eclipse.jetty.ee11.servlet.ServletContextRequest",
		"org.springframework.boot.jetty.JettyWebServer" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "fakeai.http", name = "server", havingValue = "jetty", matchIfMissing = true)
class JettyEdge {

	private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

	/** Connections the OS queues before Jetty accepts them (Java's default is 50). */
	private static final int ACCEPT_QUEUE = 1024;

	static {
		// Jetty's thread pool pads its queue by the references in a cache line; unless
		// told, it asks the platform MBean server whether oops are compressed, and
		// starting that server (every platform MBean, JFR's command help) weighs on every
		// start (docs/performance.md). The answer from the one MXBean instead:
		if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
			System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(referencesPerCacheLine()));
		}
	}

	/**
	 * Jetty's default URI checks but for an encoded {@code /} ({@code %2F}), which model
	 * ids need, the characters clients send unencoded ({@code owned_by[]=x}), and empty
	 * segments ({@code //v1/models} is OpenAI's "Invalid URL" 404, not a 400).
	 */
	static final UriCompliance URI_COMPLIANCE = UriCompliance.DEFAULT.with("fakeai",
			UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS,
			UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT);

	/**
	 * Jetty even where Tomcat is on the class path too (the webmvc starter brings it, for
	 * applications that run fakeai in their own JVM): Spring Boot's own Jetty factory,
	 * with every {@link JettyServerCustomizer}; Boot's Tomcat and Jetty factories then
	 * step back, Boot's customizers of the Jetty factory ({@code server.jetty.*}, virtual
	 * threads) still apply.
	 * @param customizers the server customizers
	 * @return the factory
	 */
	@Bean
	JettyServletWebServerFactory jettyServletWebServerFactory(ObjectProvider<JettyServerCustomizer> customizers) {
		JettyServletWebServerFactory factory = new JettyServletWebServerFactory();
		factory.getServerCustomizers().addAll(customizers.orderedStream().toList());
		return factory;
	}

	@Bean
	JettyServerCustomizer jsonRejectionsAndEncodedSlashes() {
		return (server) -> {
			server.setErrorHandler(new JsonErrors());
			for (Connector connector : server.getConnectors()) {
				HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
				if (http != null) {
					http.getHttpConfiguration().setUriCompliance(URI_COMPLIANCE);
				}
				if (connector instanceof ServerConnector listening) {
					// For bursts of new streams.
					listening.setAcceptQueueSize(ACCEPT_QUEUE);
				}
			}
			ServletContextHandler context = server.getDescendant(ServletContextHandler.class);
			if (context != null) {
				context.getServletHandler().setDecodeAmbiguousURIs(true);
			}
		};
	}

	/**
	 * Closes the connection of a request Jetty serves.
	 * @param request the request
	 * @return whether it was Jetty's
	 */
	static boolean closeNow(HttpServletRequest request) {
		ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
		if (jetty == null) {
			return false;
		}
		jetty.getConnectionMetaData().getConnection().getEndPoint().close();
		return true;
	}

	private static int referencesPerCacheLine() {
		int longs = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64) / Long.BYTES;
		try {
			HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return Boolean.parseBoolean(hotSpot.getVMOption("UseCompressedOops").getValue()) ? longs * 2 : longs;
		}
		catch (RuntimeException ex) {
			return longs * 2;
		}
	}

	/** Jetty's error page as OpenAI's envelope. */
	static final class JsonErrors extends ErrorHandler {

		@Override
		protected void generateResponse(Request request, Response response, int code, @Nullable String message,
				@Nullable Throwable cause, Callback callback) throws IOException {
			response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
			response.getHeaders().put(OpenAiHeaders.REQUEST_ID, Ids.hex("req_", 32));
			String reason = (cause != null && cause.getMessage() != null) ? cause.getMessage() : message;
			response.write(true, ByteBuffer.wrap(ServerRejection.body(code, reason).getBytes(StandardCharsets.UTF_8)),
					callback);
		}

		@Override
		public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
			fields.put(HttpHeader.CONTENT_TYPE, "application/json");
			fields.put(OpenAiHeaders.REQUEST_ID, Ids.hex("req_", 32));
			return ByteBuffer.wrap(ServerRejection.body(status, reason).getBytes(StandardCharsets.UTF_8));
		}

	}

}
