package dev.fakeai.simulation;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * JSON Schema checks (networknt, draft 2020-12 unless the schema names another): whether
 * a schema can be used at all (valid against the 2020-12 meta-schema, its {@code $ref}s
 * resolvable) and whether a value satisfies it. Schemas come from requests, so remote
 * {@code $ref}s are never fetched.
 */
public final class JsonSchemas {

	private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaLoader((loader) -> loader.fetchRemoteResources(false)));

	private volatile @Nullable Schema metaSchema;

	/**
	 * Compiles a schema.
	 * @param schema the schema
	 * @return the compiled schema, or {@code null} when it is not a usable schema
	 */
	public @Nullable Schema compile(JsonNode schema) {
		if (!schema.isObject()) {
			return null;
		}
		try {
			if (!metaSchema().validate(schema).isEmpty()) {
				return null;
			}
			Schema compiled = this.registry.getSchema(schema);
			compiled.validate(JsonNodeFactory.instance.nullNode());
			return compiled;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Schema metaSchema() {
		Schema meta = this.metaSchema;
		if (meta == null) {
			meta = this.registry.getSchema(SchemaLocation.of(META_SCHEMA));
			this.metaSchema = meta;
		}
		return meta;
	}

	/**
	 * The errors of a value against a compiled schema.
	 * @param schema the compiled schema
	 * @param value the value
	 * @return the error messages, empty when valid
	 */
	public List<String> errors(Schema schema, JsonNode value) {
		try {
			return schema.validate(value).stream().map(Error::getMessage).toList();
		}
		catch (RuntimeException ex) {
			return List.of("the schema could not be applied: " + ex.getMessage());
		}
	}

}
