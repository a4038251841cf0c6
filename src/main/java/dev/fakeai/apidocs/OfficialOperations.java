package dev.fakeai.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fakeai.errors.ApiException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns springdoc's description of our controllers into the API's documentation: every
 * route OpenAI documents takes OpenAI's operation (summary, parameters, request and
 * response schemas, the streaming {@code text/event-stream} answers) from the bundled
 * {@link OpenAiDescription}, under its own path names ({@code /v1/models/{model}}), with
 * the schemas it reaches; what we add to a route is kept beside OpenAI's and marked
 * {@value #EXTENSION}:
 * <ul>
 * <li>parameters OpenAI's operation does not have (request headers of the web edge, query
 * filters);</li>
 * <li>response headers, and media types OpenAI does not list, declared on the
 * controller;</li>
 * <li>an answer declared as {@code anyOf} on the controller, offered beside OpenAI's
 * ({@code ?detailed=true}).</li>
 * </ul>
 * Routes OpenAI does not document (the admin API, the capabilities view) are ours as
 * springdoc describes them from their annotations, marked as extensions. Every operation
 * gets the API-key scheme of its path and OpenAI's error envelope for its failures; the
 * operations with an example in {@code fakeai/apidocs/request-examples.json} get it, so
 * "Try it out" sends a request that works. Tags come in the reader's order.
 */
final class OfficialOperations implements OpenApiCustomizer {

	/** Marks what this server adds to OpenAI's API. */
	static final String EXTENSION = "x-fakeai-extension";

	static final String API_KEY_SCHEME = "ApiKeyAuth";

	static final String ADMIN_KEY_SCHEME = "AdminApiKeyAuth";

	private static final String API_PREFIX = "/v1";

	private static final String ADMIN_PREFIX = "/__admin";

	private static final String EXAMPLES = "/fakeai/apidocs/request-examples.json";

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private static final String MODEL_ID_NOTE = " Ids may contain `/` (`ft:gpt-4o-mini:my-org::abc123`, "
			+ "`my-org/llama-3-70b`): send them as they are or with `/` escaped as `%2F`.";

	private static final String ERROR_SCHEMA = "#/components/schemas/ErrorResponse";

	private static final Map<String, String> ERRORS = errors();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> tagOrder;

	/**
	 * @param tagOrder tag names in the order a reader meets them; tags not listed follow
	 */
	OfficialOperations(List<String> tagOrder) {
		this.tagOrder = List.copyOf(tagOrder);
	}

	@Override
	public void customise(OpenAPI api) {
		OpenAiDescription official = OpenAiDescription.load();
		ObjectNode examples = examples();
		List<String> officialPaths = official.paths();
		Map<String, ObjectNode> documented = new LinkedHashMap<>();
		Paths generated = (api.getPaths() != null) ? api.getPaths() : new Paths();
		for (var entry : generated.entrySet()) {
			String path = entry.getKey();
			String officialPath = path.startsWith(API_PREFIX + "/")
					? officialPath(officialPaths, path.substring(API_PREFIX.length())) : null;
			String documentedPath = (officialPath != null) ? API_PREFIX + officialPath : path;
			ObjectNode item = documented.computeIfAbsent(documentedPath,
					(key) -> JsonNodeFactory.instance.objectNode());
			JsonNode generatedItem = tree(entry.getValue());
			for (String method : METHODS) {
				if (!generatedItem.path(method).isObject()) {
					continue;
				}
				ObjectNode mine = (ObjectNode) generatedItem.get(method);
				ObjectNode theirs = (officialPath != null) ? official.operation(officialPath, method) : null;
				ObjectNode operation = (theirs != null) ? merged(mine, theirs) : extension(mine);
				secure(operation, path);
				addErrors(operation, path);
				addExample(operation, examples);
				item.set(method, operation);
			}
		}
		List<String> tags = tags(documented.values());
		api.setPaths(fromTree(ordered(documented, tags), Paths.class));
		api.setComponents(components(api.getComponents(), official, documented.values()));
		api.setTags(tagObjects(tags, api.getTags(), official));
	}

	/**
	 * OpenAI's path of one of ours (below {@code /v1}): literal segments alike, variables
	 * in place of variables.
	 */
	static @Nullable String officialPath(List<String> officialPaths, String path) {
		String[] ours = path.split("/", -1);
		String best = null;
		int bestLiterals = -1;
		for (String candidate : officialPaths) {
			String[] theirs = candidate.split("/", -1);
			if (theirs.length != ours.length) {
				continue;
			}
			int literals = 0;
			boolean matches = true;
			for (int i = 0; i < ours.length && matches; i++) {
				boolean variable = isVariable(ours[i]);
				if (variable != isVariable(theirs[i]) || (!variable && !ours[i].equals(theirs[i]))) {
					matches = false;
				}
				else if (!variable) {
					literals++;
				}
			}
			if (matches && literals > bestLiterals) {
				best = candidate;
				bestLiterals = literals;
			}
		}
		return best;
	}

	private static boolean isVariable(String segment) {
		return segment.startsWith("{") && segment.endsWith("}");
	}

	private static ObjectNode merged(ObjectNode mine, ObjectNode theirs) {
		ObjectNode operation = theirs;
		if (!operation.path("tags").isArray() && mine.path("tags").isArray()) {
			operation.set("tags", mine.get("tags"));
		}
		ArrayNode parameters = operation.path("parameters").isArray() ? (ArrayNode) operation.get("parameters")
				: JsonNodeFactory.instance.arrayNode();
		Set<String> known = new HashSet<>();
		for (JsonNode parameter : parameters) {
			known.add(parameter.path("in").asString("") + " " + parameter.path("name").asString(""));
			if ("path".equals(parameter.path("in").asString(null))
					&& "model".equals(parameter.path("name").asString(null))) {
				String description = parameter.path("description").asString("").strip();
				((ObjectNode) parameter).put("description",
						description + (description.isEmpty() || description.endsWith(".") ? "" : ".") + MODEL_ID_NOTE);
			}
		}
		for (JsonNode parameter : mine.path("parameters")) {
			String in = parameter.path("in").asString("");
			if (!"path".equals(in) && known.add(in + " " + parameter.path("name").asString(""))) {
				parameters.add(((ObjectNode) parameter).put(EXTENSION, true));
			}
		}
		if (!parameters.isEmpty()) {
			operation.set("parameters", parameters);
		}
		if (!operation.has("requestBody") && mine.has("requestBody")) {
			operation.set("requestBody", mine.get("requestBody"));
		}
		ObjectNode responses = operation.withObjectProperty("responses");
		for (var response : mine.path("responses").properties()) {
			JsonNode theirResponse = responses.get(response.getKey());
			if (theirResponse == null) {
				responses.set(response.getKey(), response.getValue());
			}
			else if (theirResponse.isObject() && !theirResponse.has("$ref")) {
				mergeResponse((ObjectNode) theirResponse, response.getValue());
			}
		}
		return operation;
	}

	/**
	 * Our headers and media types beside OpenAI's; an {@code anyOf} answer offered beside
	 * OpenAI's.
	 */
	private static void mergeResponse(ObjectNode theirs, JsonNode mine) {
		for (var header : mine.path("headers").properties()) {
			ObjectNode headers = theirs.withObjectProperty("headers");
			if (!headers.has(header.getKey())) {
				headers.set(header.getKey(), ((ObjectNode) header.getValue()).put(EXTENSION, true));
			}
		}
		for (var media : mine.path("content").properties()) {
			if ("*/*".equals(media.getKey())) {
				continue;
			}
			ObjectNode content = theirs.withObjectProperty("content");
			JsonNode their = content.get(media.getKey());
			JsonNode alternatives = media.getValue().path("schema").path("anyOf");
			if (their == null) {
				content.set(media.getKey(), ((ObjectNode) media.getValue()).put(EXTENSION, true));
			}
			else if (alternatives.isArray() && their.has("schema")) {
				ArrayNode anyOf = JsonNodeFactory.instance.arrayNode().add(their.get("schema"));
				alternatives.forEach(anyOf::add);
				((ObjectNode) their).set("schema", JsonNodeFactory.instance.objectNode().set("anyOf", anyOf));
			}
		}
	}

	private static ObjectNode extension(ObjectNode mine) {
		mine.put(EXTENSION, true);
		for (JsonNode parameter : mine.path("parameters")) {
			((ObjectNode) parameter).put(EXTENSION, true);
		}
		return mine;
	}

	private static void secure(ObjectNode operation, String path) {
		String scheme = path.startsWith(ADMIN_PREFIX + "/") ? ADMIN_KEY_SCHEME
				: path.startsWith(API_PREFIX + "/") ? API_KEY_SCHEME : null;
		if (scheme != null) {
			operation.putArray("security").addObject().putArray(scheme);
		}
	}

	private static void addErrors(ObjectNode operation, String path) {
		boolean api = path.startsWith(API_PREFIX + "/");
		if (!api && !path.startsWith(ADMIN_PREFIX + "/")) {
			return;
		}
		ObjectNode responses = operation.withObjectProperty("responses");
		for (var error : ERRORS.entrySet()) {
			if (!responses.has(error.getKey())) {
				String description = error.getValue()
					.replace("{keys}", api ? "fakeai.auth.api-keys" : "fakeai.admin.api-keys");
				ObjectNode response = responses.putObject(error.getKey()).put("description", description);
				response.putObject("content")
					.putObject("application/json")
					.putObject("schema")
					.put("$ref", ERROR_SCHEMA);
				if ("404".equals(error.getKey()) && api) {
					response.putObject("headers")
						.putObject(ApiException.MODEL_SUGGESTIONS_HEADER)
						.put("description",
								"FakeAI extension: for an unknown model id, the closest known ids, "
										+ "closest first, separated by `, `.")
						.put(EXTENSION, true)
						.putObject("schema")
						.put("type", "string");
				}
			}
		}
	}

	private static Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "The request is invalid: OpenAI's message, `param` and `code`.");
		errors.put("401",
				"No API key, or one the server does not accept (only when `{keys}` lists the accepted " + "keys).");
		errors.put("404", "No such model or object.");
		errors.put("default", "Any other failure, an injected fault among them (`X-FakeAI-Fault`, "
				+ "`fakeai.faults.rules`, a fixture's `fault`), in OpenAI's error envelope.");
		return errors;
	}

	private static void addExample(ObjectNode operation, ObjectNode examples) {
		JsonNode forOperation = examples.path(operation.path("operationId").asString(""));
		JsonNode json = operation.path("requestBody").path("content").path("application/json");
		if (forOperation.isObject() && json.isObject()) {
			((ObjectNode) json).set("examples", forOperation);
		}
	}

	private List<String> tags(Iterable<ObjectNode> items) {
		Set<String> used = new LinkedHashSet<>();
		for (ObjectNode item : items) {
			for (String method : METHODS) {
				item.path(method).path("tags").forEach((tag) -> used.add(tag.asString()));
			}
		}
		List<String> tags = new ArrayList<>();
		for (String tag : this.tagOrder) {
			if (used.remove(tag)) {
				tags.add(tag);
			}
		}
		tags.addAll(used);
		return tags;
	}

	/** Paths grouped by the tag of their first operation, in the tags' order. */
	private static ObjectNode ordered(Map<String, ObjectNode> documented, List<String> tags) {
		List<Map.Entry<String, ObjectNode>> entries = new ArrayList<>(documented.entrySet());
		entries.sort(Comparator.comparingInt((Map.Entry<String, ObjectNode> entry) -> {
			for (String method : METHODS) {
				JsonNode tag = entry.getValue().path(method).path("tags").path(0);
				if (tag.isString()) {
					return tags.indexOf(tag.asString());
				}
			}
			return tags.size();
		}).thenComparing(Map.Entry::getKey));
		ObjectNode paths = JsonNodeFactory.instance.objectNode();
		entries.forEach((entry) -> paths.set(entry.getKey(), entry.getValue()));
		return paths;
	}

	/**
	 * OpenAI's components the operations reach, then ours (springdoc's, from our classes)
	 * for references OpenAI's do not resolve; the security schemes as configured.
	 */
	private static Components components(@Nullable Components generated, OpenAiDescription official,
			Iterable<ObjectNode> items) {
		List<JsonNode> operations = new ArrayList<>();
		items.forEach(operations::add);
		ObjectNode reached = official.reachableComponents(operations);
		JsonNode ours = (generated != null) ? tree(generated) : JsonNodeFactory.instance.objectNode();
		ObjectNode schemas = (ObjectNode) reached.get("schemas");
		List<JsonNode> pending = new ArrayList<>(operations);
		while (!pending.isEmpty()) {
			JsonNode next = pending.remove(pending.size() - 1);
			for (String ref : OpenAiDescription.refs(next)) {
				String name = ref.substring(ref.lastIndexOf('/') + 1);
				JsonNode schema = ours.path("schemas").path(name);
				if (ref.startsWith("#/components/schemas/") && !schemas.has(name) && !schema.isMissingNode()) {
					schemas.set(name, schema);
					pending.add(schema);
				}
			}
		}
		Components components = fromTree(reached, Components.class);
		for (var schema : schemas.properties()) {
			restoreRequired(schema.getValue(), components.getSchemas().get(schema.getKey()));
		}
		if (generated != null) {
			components.setSecuritySchemes(generated.getSecuritySchemes());
		}
		return components;
	}

	/**
	 * swagger-core's model drops the {@code required} names its schema has no property
	 * for (OpenAI requires {@code type} beside an {@code allOf} that defines it); they
	 * are put back, so the schemas stay OpenAI's.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void restoreRequired(JsonNode tree, @Nullable Schema model) {
		if (model == null || !tree.isObject()) {
			return;
		}
		for (JsonNode name : tree.path("required")) {
			if (model.getRequired() == null || !model.getRequired().contains(name.asString())) {
				model.addRequiredItem(name.asString());
			}
		}
		Map<String, Schema> properties = model.getProperties();
		for (var property : tree.path("properties").properties()) {
			restoreRequired(property.getValue(), (properties != null) ? properties.get(property.getKey()) : null);
		}
		restoreRequired(tree.path("items"), model.getItems());
		if (model.getAdditionalProperties() instanceof Schema additional) {
			restoreRequired(tree.path("additionalProperties"), additional);
		}
		restoreRequired(tree.path("not"), model.getNot());
		restoreEach(tree.path("allOf"), model.getAllOf());
		restoreEach(tree.path("anyOf"), model.getAnyOf());
		restoreEach(tree.path("oneOf"), model.getOneOf());
		restoreEach(tree.path("prefixItems"), model.getPrefixItems());
	}

	@SuppressWarnings("rawtypes")
	private static void restoreEach(JsonNode trees, @Nullable List<Schema> models) {
		for (int i = 0; models != null && i < trees.size() && i < models.size(); i++) {
			restoreRequired(trees.get(i), models.get(i));
		}
	}

	private static List<Tag> tagObjects(List<String> names, @Nullable List<Tag> declared, OpenAiDescription official) {
		List<Tag> tags = new ArrayList<>();
		for (String name : names) {
			String description = null;
			if (declared != null) {
				for (Tag tag : declared) {
					if (name.equals(tag.getName()) && tag.getDescription() != null) {
						description = tag.getDescription();
					}
				}
			}
			tags.add(new Tag().name(name)
				.description((description != null) ? description : official.tagDescription(name)));
		}
		return tags;
	}

	private static ObjectNode examples() {
		try (InputStream in = OfficialOperations.class.getResourceAsStream(EXAMPLES)) {
			return (in != null) ? (ObjectNode) JSON.readTree(in) : JsonNodeFactory.instance.objectNode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** springdoc's model (Jackson 2, swagger-core's mapper) as our tree. */
	private static JsonNode tree(Object model) {
		try {
			return JSON.readTree(Json31.mapper().writeValueAsString(model));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T fromTree(JsonNode tree, Class<T> type) {
		try {
			return Json31.mapper().readValue(tree.toString(), type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
