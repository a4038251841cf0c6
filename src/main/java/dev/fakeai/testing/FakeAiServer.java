package dev.fakeai.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.fakeai.FakeAiApplication;
import dev.fakeai.config.RequestJournal;
import dev.fakeai.fixtures.FixtureBook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fakeai running in this JVM for tests: its base URL, fixtures added in code, the
 * journal of what the code under test sent, and verification against it.
 */
public final class FakeAiServer implements AutoCloseable {

	/**
	 * What a test server runs with unless a test says otherwise: answers at once, a free
	 * port, no API docs, few endpoints, little logging, and none of the test
	 * application's auto-configurations.
	 */
	private static final List<String> DEFAULTS = List.of("server.port=0", "fakeai.latency.speed-factor=0",
			"springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false",
			"management.endpoints.web.exposure.include=health", "spring.main.banner-mode=off",
			"logging.level.root=WARN", "spring.jmx.enabled=false", EmbeddedImports.PROPERTY + "=true");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The servers shared in this JVM, by their settings; stopped when the JVM ends. */
	private static final Map<String, FakeAiServer> SHARED = new ConcurrentHashMap<>();

	private final ConfigurableApplicationContext context;

	private final FixtureBook fixtures;

	private final RequestJournal journal;

	private FakeAiServer(ConfigurableApplicationContext context) {
		this.context = context;
		this.fixtures = context.getBean(FixtureBook.class);
		this.journal = context.getBean(RequestJournal.class);
	}

	/**
	 * The properties of a server with these fixtures and properties.
	 * @param fixtures fixture locations
	 * @param properties {@code name=value} properties
	 * @return the properties, fixtures first
	 */
	static List<String> properties(String[] fixtures, String[] properties) {
		List<String> all = new ArrayList<>();
		if (fixtures.length > 0) {
			all.add("fakeai.fixtures.paths=" + String.join(",", fixtures));
		}
		all.addAll(List.of(properties));
		return all;
	}

	/**
	 * The server of these settings shared in this JVM, started on first use and stopped
	 * when the JVM ends.
	 * @param properties {@code name=value} properties, over the test defaults
	 * @return the server
	 */
	public static FakeAiServer shared(List<String> properties) {
		return SHARED.computeIfAbsent(String.join("\n", properties), (key) -> {
			FakeAiServer server = start(properties);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fakeai-shutdown"));
			return server;
		});
	}

	/**
	 * Starts a server.
	 * @param properties {@code name=value} properties, over the test defaults
	 * @return the started server
	 */
	public static FakeAiServer start(List<String> properties) {
		Map<String, String> merged = new LinkedHashMap<>();
		for (String property : DEFAULTS) {
			merged.put(property.substring(0, property.indexOf('=')), property);
		}
		for (String property : properties) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("A property is name=value, not '" + property + "'");
			}
			merged.put(property.substring(0, equals).trim(), property.trim());
		}
		List<String> arguments = new ArrayList<>();
		merged.values().forEach((property) -> arguments.add("--" + property));
		return new FakeAiServer(new SpringApplicationBuilder(FakeAiApplication.class).web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new)));
	}

	/**
	 * The port it listens on.
	 * @return the port
	 */
	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * The base URL an OpenAI client takes.
	 * @return {@code http://localhost:PORT/v1}
	 */
	public String baseUrl() {
		return "http://localhost:" + port() + "/v1";
	}

	/**
	 * Adds fixtures written in code; they are removed after the test.
	 * @param fixtures the fixtures
	 * @return this server
	 */
	public FakeAiServer add(Fixture... fixtures) {
		List<Map<String, Object>> definitions = new ArrayList<>();
		for (Fixture fixture : fixtures) {
			definitions.add(fixture.definition());
		}
		this.fixtures.add(JSON.valueToTree(Map.of("fixtures", definitions)));
		return this;
	}

	/**
	 * Adds fixtures written as in a file, in YAML; they are removed after the test.
	 * @param yaml the fixtures
	 * @return this server
	 */
	public FakeAiServer addYaml(String yaml) {
		this.fixtures.add(yaml, true);
		return this;
	}

	/**
	 * What the code under test sent since the test began, oldest first.
	 * @return the requests
	 */
	public List<RecordedRequest> requests() {
		List<RecordedRequest> requests = new ArrayList<>();
		for (Map<String, Object> view : this.journal.find(null, null, null, null, Integer.MAX_VALUE)) {
			requests.add(0, recorded(view));
		}
		return requests;
	}

	/**
	 * Checks that exactly this many requests match; the failure lists those that came
	 * closest and why each missed.
	 * @param times the expected count
	 * @param pattern the requests counted
	 * @throws AssertionError when the count differs
	 */
	public void verify(int times, RequestPattern pattern) {
		List<RecordedRequest> requests = requests();
		int matched = 0;
		List<String> nearMisses = new ArrayList<>();
		for (RecordedRequest request : requests) {
			List<String> misses = pattern.misses(request);
			if (misses.isEmpty()) {
				matched++;
			}
			else if (misses.size() == 1) {
				nearMisses.add(request.method() + " " + request.path() + " (" + request.id() + "): " + misses.get(0));
			}
		}
		if (matched != times) {
			StringBuilder message = new StringBuilder("Expected ").append(times)
				.append(' ')
				.append(pattern)
				.append(", but ")
				.append(matched)
				.append((matched == 1) ? " was" : " were")
				.append(" sent (")
				.append(requests.size())
				.append(" requests in all).");
			if (!nearMisses.isEmpty()) {
				message.append(" Near misses:");
				nearMisses.forEach((miss) -> message.append("\n  ").append(miss));
			}
			throw new AssertionError(message.toString());
		}
	}

	/** Removes the fixtures added at run time and clears the journal. */
	public void reset() {
		this.fixtures.reset();
		this.journal.clear();
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static RecordedRequest recorded(Map<String, Object> view) {
		return new RecordedRequest((String) view.get("id"), (String) view.get("method"), (String) view.get("path"),
				(String) view.get("model"), (String) view.get("resolved_model"), (Integer) view.get("status"),
				(String) view.get("fixture"), tree(view.get("request")), tree(view.get("response")));
	}

	private static JsonNode tree(Object value) {
		return (value == null) ? null : (value instanceof JsonNode node) ? node : JSON.valueToTree(value);
	}

}
