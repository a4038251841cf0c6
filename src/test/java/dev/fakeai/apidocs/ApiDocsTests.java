package dev.fakeai.apidocs;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API docs as a visitor and a validator read them: a valid OpenAPI 3.1 document that
 * names us, documents every controller route with OpenAI's own operations and schemas
 * (our additions marked), and whose request examples work against the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ApiDocsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Value("${fakeai.version}")
	String version;

	private String text;

	private JsonNode docs;

	@BeforeEach
	void readDocs() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		this.text = response.body();
		this.docs = JSON.readTree(this.text);
	}

	@Test
	void isValidOpenApi31() {
		ParseOptions options = new ParseOptions();
		options.setValidateInternalRefs(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.text, null, options);

		assertThat(result.getMessages()).as("validator messages").isEmpty();
		assertThat(new OpenAPIV3Parser()
			.readContents(this.text.replace("#/components/schemas/ErrorResponse", "#/components/schemas/Missing"), null,
					options)
			.getMessages()).as("the validator sees a broken reference").isNotEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		assertThat(this.docs.path("openapi").asString()).startsWith("3.1.");
	}

	@Test
	void namesTheProjectWithItsVersionLicenceAndRelativeServer() {
		JsonNode info = this.docs.path("info");

		assertThat(info.path("title").asString()).contains("FakeAI");
		assertThat(info.path("version").asString()).isEqualTo(this.version).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.path("description").asString()).contains("./mvnw spring-boot:run", "./mvnw verify");
		assertThat(info.path("license").path("identifier").asString()).isEqualTo("Apache-2.0");
		assertThat(this.docs.path("servers")).hasSize(1);
		assertThat(this.docs.path("servers").path(0).path("url").asString()).isEqualTo("/");
	}

	@Test
	void tagsAreNamedByApiInTheReadersOrder() {
		List<String> tags = new ArrayList<>();
		this.docs.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));

		assertThat(tags).containsExactly("Models", "Chat", "Responses", "Completions", "Embeddings", "Moderations",
				"Audio", "Images", "Admin");
		assertThat(this.docs.path("tags").path(1).path("description").asString())
			.as("OpenAI's own description of the Chat tag")
			.contains("conversation");
		List<String> firstTags = new ArrayList<>();
		for (var path : this.docs.path("paths").properties()) {
			String tag = firstOperation(path.getValue()).path("tags").path(0).asString();
			if (firstTags.isEmpty() || !firstTags.get(firstTags.size() - 1).equals(tag)) {
				firstTags.add(tag);
			}
		}
		assertThat(firstTags).as("paths grouped by tag, in the tags' order").containsExactlyElementsOf(tags);
		assertThat(this.text).doesNotContain("-controller\"");
	}

	@Test
	void everyControllerRouteIsDocumentedWithARequestSchemaWhereItTakesABody() {
		Map<String, JsonNode> documented = new java.util.HashMap<>();
		for (var path : this.docs.path("paths").properties()) {
			for (String method : METHODS) {
				if (path.getValue().has(method)) {
					documented.put(method + " " + shape(path.getKey()), path.getValue().get(method));
				}
			}
		}
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("dev.fakeai") || hidden(handler)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					String route = method.name().toLowerCase() + " " + shape(pattern);
					routes.add(route);
					assertThat(documented).as(route).containsKey(route);
					if (takesBody(handler)) {
						JsonNode content = documented.get(route).path("requestBody").path("content");
						assertThat(content.isObject() && !content.isEmpty()).as(route + " request body").isTrue();
						content.forEach((media) -> assertThat(media.path("schema").isObject()
								&& (media.path("schema").has("$ref") || media.path("schema").has("type")))
							.as(route + " request schema")
							.isTrue());
					}
				}
			}
		}
		assertThat(routes).contains("post /v1/chat/completions", "get /v1/models/{}", "post /__admin/fixtures");
		assertThat(this.docs.path("paths").has("/error")).isFalse();
		assertThat(this.text).doesNotContain("{path}");
	}

	@Test
	void emulatedRoutesCarryOpenAisOperationsAndSchemasUnchanged() {
		OpenAiDescription official = OpenAiDescription.load();
		JsonNode chat = this.docs.path("paths").path("/v1/chat/completions").path("post");

		assertThat(chat.path("operationId").asString()).isEqualTo("createChatCompletion");
		assertThat(chat.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/CreateChatCompletionRequest");
		assertThat(chat.path("responses")
			.path("200")
			.path("content")
			.path("text/event-stream")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/CreateChatCompletionStreamResponse");
		assertThat(this.docs.path("paths")
			.path("/v1/completions")
			.path("post")
			.path("responses")
			.path("200")
			.path("content")
			.has("text/event-stream")).as("legacy completions stream too").isTrue();
		JsonNode schemas = this.docs.path("components").path("schemas");
		JsonNode theirs = official.reachableComponents(List.of(this.docs.path("paths"))).path("schemas");
		int compared = 0;
		for (var schema : theirs.properties()) {
			assertThat(requiredSorted(schemas.get(schema.getKey()))).as(schema.getKey())
				.isEqualTo(requiredSorted(schema.getValue()));
			compared++;
		}
		assertThat(compared).as("schemas compared").isGreaterThan(300);
		List<String> ours = new ArrayList<>();
		schemas.propertyNames().forEach((name) -> {
			if (!theirs.has(name)) {
				ours.add(name);
			}
		});
		assertThat(ours).as("our schemas are named as ours").isNotEmpty().allMatch((name) -> name.startsWith("FakeAI"));
		assertThat(chat.path("summary").asString()).isEqualTo("Create chat completion");
		assertThat(chat.path("description").asString()).contains("](https://platform.openai.com/docs/guides/");
		assertThat(this.text).as("links to OpenAI's docs site made absolute").doesNotContain("](/");
		assertThat(this.docs.path("paths")
			.path("/v1/models/{model}")
			.path("get")
			.path("parameters")
			.path(0)
			.path("description")
			.asString()).contains("may contain `/`");
	}

	@Test
	void ourAdditionsAreMarkedAsExtensions() {
		JsonNode chat = this.docs.path("paths").path("/v1/chat/completions").path("post");
		List<String> headers = new ArrayList<>();
		chat.path("parameters").forEach((parameter) -> {
			assertThat(parameter.path(OfficialOperations.EXTENSION).asBoolean()).as(parameter.toString()).isTrue();
			headers.add(parameter.path("name").asString());
		});
		assertThat(headers).contains("X-FakeAI-Speed-Factor", "X-FakeAI-TTFT-Ms", "X-FakeAI-ITL-Ms", "X-FakeAI-Fault",
				"X-FakeAI-Fault-Delay-Ms");

		JsonNode retrieve = this.docs.path("paths").path("/v1/models/{model}").path("get");
		assertThat(retrieve.path("parameters").path(1).path("name").asString()).isEqualTo("detailed");
		assertThat(retrieve.path("parameters").path(1).path(OfficialOperations.EXTENSION).asBoolean()).isTrue();
		assertThat(retrieve.path("responses").path("200").path("headers").has("X-FakeAI-Model-Match")).isTrue();
		assertThat(retrieve.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("anyOf")
			.toString()).contains("#/components/schemas/Model\"", "#/components/schemas/FakeAIModelDetails");
		assertThat(retrieve.path("responses").path("404").path("headers").has("X-FakeAI-Model-Suggestions")).isTrue();

		JsonNode capabilities = this.docs.path("paths").path("/v1/models/{model}/capabilities").path("get");
		assertThat(capabilities.path(OfficialOperations.EXTENSION).asBoolean()).isTrue();
		assertThat(capabilities.path("responses").path("200").path("content").toString())
			.contains("FakeAIModelCapabilities");

		JsonNode admin = this.docs.path("paths").path("/__admin/fixtures").path("post");
		assertThat(admin.path(OfficialOperations.EXTENSION).asBoolean()).isTrue();
		assertThat(admin.path("security").path(0).has(OfficialOperations.ADMIN_KEY_SCHEME)).isTrue();
		assertThat(chat.path("security").path(0).has(OfficialOperations.API_KEY_SCHEME)).isTrue();
		assertThat(this.docs.path("components").path("securitySchemes").path("ApiKeyAuth").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(chat.path("responses")
			.path("400")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/ErrorResponse");
	}

	@Test
	void everyRequestExampleIsAnsweredWithSuccess() {
		int sent = 0;
		for (var path : this.docs.path("paths").properties()) {
			JsonNode post = path.getValue().path("post");
			for (var example : post.path("requestBody")
				.path("content")
				.path("application/json")
				.path("examples")
				.properties()) {
				String body = example.getValue().path("value").toString();
				HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path.getKey()))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
				assertThat(response.statusCode()).as(path.getKey() + " " + example.getKey() + ": " + response.body())
					.isEqualTo(path.getKey().startsWith("/__admin/") ? 201 : 200);
				if (path.getKey().equals("/__admin/fixtures")) {
					// The context is shared with other tests: the added fixture goes
					// again.
					for (JsonNode added : JSON.readTree(response.body()).path("data")) {
						String id = added.path("id").asString();
						assertThat(send(HttpRequest.newBuilder(uri("/__admin/fixtures/" + id)).DELETE()).statusCode())
							.isEqualTo(200);
					}
				}
				sent++;
			}
		}
		assertThat(sent).isGreaterThanOrEqualTo(18);
	}

	@Test
	void theCapabilitiesRouteAnswersAsTheCatchAllDoes() {
		HttpResponse<String> own = send(HttpRequest.newBuilder(uri("/v1/models/gpt-4o/capabilities")).GET());
		HttpResponse<String> slashed = send(
				HttpRequest.newBuilder(uri("/v1/models/meta-llama/Llama-3.1-8B-Instruct/capabilities")).GET());

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(own.body()).path("context_window").asInt()).isPositive();
		assertThat(own.headers().firstValue("X-FakeAI-Model-Match")).isPresent();
		assertThat(slashed.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(slashed.body()).path("id").asString()).contains("Llama-3.1-8B-Instruct");
	}

	/**
	 * A schema with its {@code required} lists sorted and empty ones left out:
	 * swagger-core's model keeps them as sets, in its own order, and writes no empty one
	 * (neither changes what the schema means).
	 */
	private static JsonNode requiredSorted(JsonNode schema) {
		JsonNode copy = schema.deepCopy();
		List<JsonNode> pending = new ArrayList<>(List.of(copy));
		while (!pending.isEmpty()) {
			JsonNode node = pending.remove(pending.size() - 1);
			if (node.isObject()) {
				JsonNode required = node.get("required");
				if (required != null && required.isArray() && required.isEmpty()) {
					((ObjectNode) node).remove("required");
				}
				else if (required != null && required.isArray()) {
					List<String> names = new ArrayList<>();
					required.forEach((name) -> names.add(name.asString()));
					names.sort(null);
					ArrayNode sorted = ((ObjectNode) node).putArray("required");
					names.forEach(sorted::add);
				}
			}
			node.forEach(pending::add);
		}
		return copy;
	}

	private static JsonNode firstOperation(JsonNode item) {
		for (String method : METHODS) {
			if (item.has(method)) {
				return item.get(method);
			}
		}
		return item;
	}

	/** A path with its variables unnamed: {@code /v1/models/{}}. */
	private static String shape(String path) {
		return path.replaceAll("\\{\\*?[^}]*}", "{}");
	}

	private static boolean hidden(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Hidden.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Hidden.class);
	}

	private static boolean takesBody(HandlerMethod handler) {
		Method method = handler.getMethod();
		for (int i = 0; i < method.getParameterCount(); i++) {
			if (new MethodParameter(method, i).hasParameterAnnotation(RequestBody.class)) {
				return true;
			}
		}
		return false;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
