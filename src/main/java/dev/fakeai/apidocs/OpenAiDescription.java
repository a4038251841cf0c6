package dev.fakeai.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official OpenAI OpenAPI description bundled with the server
 * ({@code fakeai/openapi/openai-openapi.yaml}, its source in the SOURCE.md beside it):
 * the operations of the paths it documents, and the component schemas and responses an
 * operation reaches through {@code $ref}s. Read when the API docs are first asked for,
 * never at start-up; the text is served as OpenAI wrote it.
 */
final class OpenAiDescription {

	static final String RESOURCE = "/fakeai/openapi/openai-openapi.yaml";

	/** SnakeYAML's default limit (3 MiB of code points) is close to the file's size. */
	private static final int CODE_POINT_LIMIT = 16 * 1024 * 1024;

	/**
	 * The description's examples for OpenAI's docs site (curl and SDK snippets for
	 * api.openai.com).
	 */
	private static final String DOCS_SITE_METADATA = "x-oaiMeta";

	private static final String REF = "$ref";

	/** A markdown link to a path of OpenAI's docs site. */
	private static final Pattern SITE_LINK = Pattern.compile("\\]\\((/[^)\\s]*)\\)");

	private static final String DOCS_SITE = "](https://platform.openai.com$1)";

	private static final String SCHEMAS = "#/components/schemas/";

	private static final String RESPONSES = "#/components/responses/";

	private final JsonNode root;

	private OpenAiDescription(JsonNode root) {
		this.root = root;
	}

	static OpenAiDescription load() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(CODE_POINT_LIMIT);
		try (InputStream in = OpenAiDescription.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The OpenAI description is missing from the class path: " + RESOURCE);
			}
			Object document = new Yaml(new SafeConstructor(options)).load(in);
			JsonNode root = JsonMapper.builder().build().valueToTree(document);
			absoluteLinks(root);
			return new OpenAiDescription(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * OpenAI's texts link to its own docs site by path ({@code [guide](/docs/guides/x)});
	 * served here, those links would point at this server, so they are made absolute.
	 */
	private static void absoluteLinks(JsonNode root) {
		Deque<JsonNode> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			JsonNode node = pending.pop();
			if (node.isObject()) {
				ObjectNode object = (ObjectNode) node;
				for (Map.Entry<String, JsonNode> property : object.properties()) {
					JsonNode value = property.getValue();
					if (value.isString() && value.asString().contains("](/")) {
						object.put(property.getKey(), SITE_LINK.matcher(value.asString()).replaceAll(DOCS_SITE));
					}
					else if (value.isContainer()) {
						pending.push(value);
					}
				}
			}
			else if (node.isArray()) {
				node.forEach(pending::push);
			}
		}
	}

	/** The documented paths, as OpenAI writes them (relative to {@code /v1}). */
	List<String> paths() {
		return this.root.path("paths").propertyNames().stream().toList();
	}

	/**
	 * The operation of a path and method, without the docs site's metadata.
	 * @param path a path as {@link #paths()} gives it
	 * @param method lower case, e.g. {@code post}
	 * @return a copy, or {@code null} when the description has none
	 */
	@Nullable ObjectNode operation(String path, String method) {
		JsonNode operation = this.root.path("paths").path(path).path(method);
		if (!operation.isObject()) {
			return null;
		}
		ObjectNode copy = (ObjectNode) operation.deepCopy();
		JsonNode title = copy.path(DOCS_SITE_METADATA).path("name");
		if (title.isString() && copy.path("summary").isString()) {
			String text = copy.path("summary").asString();
			String description = copy.path("description").asString("");
			copy.put("description", description.isEmpty() ? text : text + "\n\n" + description);
			copy.put("summary", title.asString());
		}
		copy.remove(DOCS_SITE_METADATA);
		return copy;
	}

	/** A tag's description, or {@code null} when the description has no such tag. */
	@Nullable String tagDescription(String name) {
		for (JsonNode tag : this.root.path("tags")) {
			if (name.equals(tag.path("name").asString(null))) {
				return tag.path("description").asString(null);
			}
		}
		return null;
	}

	/**
	 * The components the nodes reach through {@code $ref}s, followed through the schemas
	 * and responses they name in turn.
	 * @param nodes operations or parts of them
	 * @return {@code {"schemas": {...}, "responses": {...}}}, in the description's order
	 */
	ObjectNode reachableComponents(List<? extends JsonNode> nodes) {
		JsonNode components = this.root.path("components");
		ObjectNode schemas = JsonNodeFactory.instance.objectNode();
		ObjectNode responses = JsonNodeFactory.instance.objectNode();
		Deque<JsonNode> pending = new ArrayDeque<>(nodes);
		while (!pending.isEmpty()) {
			for (String ref : refs(pending.pop())) {
				String kind = ref.startsWith(SCHEMAS) ? "schemas" : ref.startsWith(RESPONSES) ? "responses" : null;
				if (kind == null) {
					continue;
				}
				ObjectNode into = "schemas".equals(kind) ? schemas : responses;
				String name = ref.substring(ref.lastIndexOf('/') + 1);
				JsonNode target = components.path(kind).path(name);
				if (!into.has(name) && !target.isMissingNode()) {
					into.set(name, target.deepCopy());
					pending.push(target);
				}
			}
		}
		ObjectNode reached = JsonNodeFactory.instance.objectNode();
		reached.set("schemas", ordered(schemas, components.path("schemas")));
		reached.set("responses", ordered(responses, components.path("responses")));
		return reached;
	}

	/** Every {@code $ref} value in a tree. */
	static List<String> refs(JsonNode node) {
		List<String> refs = new ArrayList<>();
		Deque<JsonNode> pending = new ArrayDeque<>();
		pending.push(node);
		while (!pending.isEmpty()) {
			JsonNode next = pending.pop();
			if (next.isObject()) {
				for (Map.Entry<String, JsonNode> property : next.properties()) {
					if (REF.equals(property.getKey()) && property.getValue().isString()) {
						refs.add(property.getValue().asString());
					}
					else {
						pending.push(property.getValue());
					}
				}
			}
			else if (next.isArray()) {
				for (Iterator<JsonNode> it = next.iterator(); it.hasNext();) {
					pending.push(it.next());
				}
			}
		}
		return refs;
	}

	private static ObjectNode ordered(ObjectNode reached, JsonNode order) {
		ObjectNode ordered = JsonNodeFactory.instance.objectNode();
		for (String name : order.propertyNames()) {
			if (reached.has(name)) {
				ordered.set(name, reached.get(name));
			}
		}
		return ordered;
	}

}
