package dev.fakeai.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON against a component schema of the official OpenAI OpenAPI description
 * (copied to {@code src/main/resources/fakeai/openapi}, see its SOURCE.md). The
 * description is read once per JVM; OpenAPI 3.0's {@code nullable: true} is rewritten
 * into a {@code null} type alternative first, since JSON Schema 2020-12 ignores it.
 */
final class OpenApiSchemas {

	private static final String RESOURCE = "/fakeai/openapi/openai-openapi.yaml";

	private static final int CODE_POINT_LIMIT = 8 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Properties the description declares non-nullable that api.openai.com sends as
	 * {@code null}, shown so in the description's own examples (see SOURCE.md): a
	 * {@code Response}'s {@code usage} and {@code user} before it completes.
	 */
	private static final String[][] SENT_AS_NULL = { { "Response", "usage" }, { "ModelResponseProperties", "user" } };

	private static volatile OpenApiSchemas instance;

	private final ObjectNode components;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private OpenApiSchemas(ObjectNode components) {
		this.components = components;
	}

	static OpenApiSchemas get() {
		if (instance == null) {
			synchronized (OpenApiSchemas.class) {
				if (instance == null) {
					instance = new OpenApiSchemas(load());
				}
			}
		}
		return instance;
	}

	private static ObjectNode load() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(CODE_POINT_LIMIT);
		try (InputStream in = OpenApiSchemas.class.getResourceAsStream(RESOURCE)) {
			Object document = new Yaml(new SafeConstructor(options)).load(in);
			JsonNode root = JSON.valueToTree(document);
			ObjectNode components = (ObjectNode) root.get("components");
			rewriteNullable(components);
			for (String[] relaxed : SENT_AS_NULL) {
				allowNullProperty(components.get("schemas").get(relaxed[0]), relaxed[1]);
			}
			return components;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The errors of a JSON document against {@code #/components/schemas/NAME}.
	 * @param schemaName the component schema
	 * @param json the document
	 * @return the errors, empty when valid
	 */
	List<String> errors(String schemaName, String json) {
		Schema schema = this.schemas.computeIfAbsent(schemaName, this::schema);
		List<Error> errors = schema.validate(JSON.readTree(json));
		return errors.stream().map(Error::toString).toList();
	}

	private Schema schema(String name) {
		if (!this.components.get("schemas").has(name)) {
			throw new IllegalArgumentException("No schema " + name + " in the OpenAPI description");
		}
		ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
		wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		wrapper.put("$ref", "#/components/schemas/" + name);
		wrapper.set("components", this.components);
		return this.registry.getSchema(wrapper);
	}

	private static void allowNullProperty(JsonNode schema, String property) {
		JsonNode found = schema.path("properties").get(property);
		if (found instanceof ObjectNode object) {
			allowNull(object);
			return;
		}
		for (JsonNode part : schema.path("allOf")) {
			allowNullProperty(part, property);
		}
	}

	private static void rewriteNullable(JsonNode node) {
		if (node instanceof ArrayNode array) {
			array.forEach(OpenApiSchemas::rewriteNullable);
			return;
		}
		if (!(node instanceof ObjectNode object)) {
			return;
		}
		object.forEach(OpenApiSchemas::rewriteNullable);
		JsonNode nullable = object.get("nullable");
		if (nullable == null || !nullable.isBoolean()) {
			return;
		}
		object.remove("nullable");
		if (!nullable.asBoolean()) {
			return;
		}
		allowNull(object);
	}

	private static void allowNull(ObjectNode object) {
		JsonNode type = object.get("type");
		if (type != null && type.isString()) {
			ArrayNode types = object.putArray("type");
			types.add(type.asString());
			types.add("null");
			if (object.get("enum") instanceof ArrayNode values) {
				values.addNull();
			}
			return;
		}
		ObjectNode original = object.deepCopy();
		object.removeAll();
		ArrayNode anyOf = object.putArray("anyOf");
		anyOf.add(original);
		anyOf.addObject().put("type", "null");
	}

}
