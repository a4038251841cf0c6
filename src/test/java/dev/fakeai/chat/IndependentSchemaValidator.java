package dev.fakeai.chat;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;

/**
 * Checks generated JSON with a second JSON Schema implementation (json-sKema, draft
 * 2020-12, formats asserted), not the networknt validator the server itself uses, so a
 * value is never judged by the code that accepted it. Both sides are parsed from text, as
 * a client would.
 */
final class IndependentSchemaValidator {

	private IndependentSchemaValidator() {
	}

	/**
	 * What is wrong with a JSON text against a schema.
	 * @param schema the schema, as JSON text
	 * @param instance the value, as JSON text
	 * @return the failure, or {@code null} when the value is valid
	 */
	static String failure(String schema, String instance) {
		Validator validator = Validator.create(new SchemaLoader(new JsonParser(schema).parse()).load(),
				new ValidatorConfig(FormatValidationPolicy.ALWAYS));
		ValidationFailure failure = validator.validate(new JsonParser(instance).parse());
		return (failure != null) ? failure.toString() : null;
	}

}
