package dev.fakeai.simulation;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.regex.RegularExpression;
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
			(builder) -> builder.schemaLoader((loader) -> loader.fetchRemoteResources(false))
				.schemaRegistryConfig(SchemaRegistryConfig.builder()
					.regularExpressionFactory(JsonSchemas::budgetedExpression)
					.build()));

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
		catch (RuntimeException | StackOverflowError ex) {
			// a reference cycle that consumes no value recurses without end in the
			// validator
			return null;
		}
	}

	/**
	 * A schema's {@code pattern} as the validator runs it: compiled once, matched within
	 * the {@link RegexBudget}.
	 */
	private static RegularExpression budgetedExpression(String regex) {
		java.util.regex.Pattern pattern = PatternStrings.compiled(regex);
		if (pattern == null) {
			pattern = java.util.regex.Pattern.compile(regex);
		}
		java.util.regex.Pattern compiled = pattern;
		return (value) -> RegexBudget.find(compiled, value);
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
		return violations(schema, value).stream().map(Violation::message).toList();
	}

	/**
	 * What a value breaks of a compiled schema: each keyword, where it stands and the
	 * validator's message.
	 * @param schema the compiled schema
	 * @param value the value
	 * @return the violations, empty when valid
	 */
	public List<Violation> violations(Schema schema, JsonNode value) {
		try {
			return schema.validate(value)
				.stream()
				.map((error) -> new Violation(String.valueOf(error.getKeyword()), location(error), error.getMessage()))
				.toList();
		}
		catch (RegexBudgetException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			return List.of(new Violation("$ref", "#", "the schema could not be applied: " + ex));
		}
	}

	private static String location(Error error) {
		String fragment = (error.getSchemaLocation() != null) ? error.getSchemaLocation().getFragment().toString() : "";
		int keyword = fragment.lastIndexOf('/');
		return (keyword > 0) ? "#" + fragment.substring(0, keyword) : "#";
	}

	/**
	 * One keyword a value breaks.
	 *
	 * @param keyword the keyword
	 * @param location the JSON pointer of the schema that holds it ({@code #} is the
	 * root)
	 * @param message the validator's message
	 */
	public record Violation(String keyword, String location, String message) {
	}

}
