package dev.fakeai.simulation;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * JSON Schema checks (networknt, draft 2020-12 unless the schema names another): whether
 * a schema can be used at all, and whether a value satisfies it.
 */
public final class JsonSchemas {

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

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
			Schema compiled = this.registry.getSchema(schema);
			compiled.validate(JsonNodeFactory.instance.nullNode());
			return compiled;
		}
		catch (SchemaException | IllegalArgumentException | IllegalStateException | ClassCastException ex) {
			return null;
		}
	}

	/**
	 * The errors of a value against a compiled schema.
	 * @param schema the compiled schema
	 * @param value the value
	 * @return the error messages, empty when valid
	 */
	public List<String> errors(Schema schema, JsonNode value) {
		return schema.validate(value).stream().map(Error::getMessage).toList();
	}

}
