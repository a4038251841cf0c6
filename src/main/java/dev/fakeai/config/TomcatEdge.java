package dev.fakeai.config;

import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.apache.tomcat.util.scan.StandardJarScanner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * fakeai on Tomcat: what it runs on inside an application's JVM ({@code @FakeAiTest},
 * {@code @AutoConfigureFakeAi}) when the application's server is Tomcat. Its own
 * rejections in JSON, {@code %2F} passed through so model ids with {@code /} work, a
 * connection that faults can drop. Unlike Jetty, Tomcat closes the connection after a 400
 * (hard-coded in its HTTP/1.1 processor).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.apache.catalina.startup.Tomcat", "org.springframework.boot.tomcat.TomcatWebServer" })
class TomcatEdge {

	/**
	 * Tomcat where Jetty is on the class path too, when {@code fakeai.http.server=tomcat}
	 * asks for it: Spring Boot's own Tomcat factory with every customizer. (Without
	 * Jetty, Spring Boot makes this factory itself.)
	 * @param connectors connector customizers
	 * @param contexts context customizers
	 * @param protocols protocol handler customizers
	 * @return the factory
	 */
	@Bean
	@ConditionalOnProperty(prefix = "fakeai.http", name = "server", havingValue = "tomcat")
	TomcatServletWebServerFactory tomcatServletWebServerFactory(ObjectProvider<TomcatConnectorCustomizer> connectors,
			ObjectProvider<TomcatContextCustomizer> contexts,
			ObjectProvider<TomcatProtocolHandlerCustomizer<?>> protocols) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.getConnectorCustomizers().addAll(connectors.orderedStream().toList());
		factory.getContextCustomizers().addAll(contexts.orderedStream().toList());
		factory.getProtocolHandlerCustomizers().addAll(protocols.orderedStream().toList());
		return factory;
	}

	@Bean
	TomcatContextCustomizer connectionAbortAndJsonErrors() {
		return (context) -> {
			context.getPipeline().addValve(new ConnectionAbort.TomcatValve());
			// No JSPs, tag libraries or web fragments live in the jars: Tomcat need not
			// open them.
			StandardJarScanner jars = new StandardJarScanner();
			jars.setScanClassPath(false);
			jars.setScanManifest(false);
			context.setJarScanner(jars);
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(TomcatErrorReport.class.getName());
			}
		};
	}

	@Bean
	TomcatConnectorCustomizer encodedSolidusPassThrough() {
		return (connector) -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			// Characters browsers and clients send unencoded (owned_by[]=x) are read, not
			// refused.
			connector.setProperty("relaxedQueryChars", "[]|{}^`\"<>");
			connector.setProperty("relaxedPathChars", "[]|{}^`\"<>");
		};
	}

}
