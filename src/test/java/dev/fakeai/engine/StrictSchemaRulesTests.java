package dev.fakeai.engine;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict form the Responses API gives a function's parameters when the tool does not
 * say whether it is strict.
 */
class StrictSchemaRulesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyObjectIsClosedWithAllItsPropertiesRequired() {
		JsonNode schema = JSON.readTree("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}, "
				+ "\"when\": {\"type\": \"object\", \"properties\": {\"day\": {\"type\": \"string\"}}}, "
				+ "\"stops\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/stop\"}}}, "
				+ "\"required\": [\"city\"], \"$defs\": {\"stop\": {\"type\": \"object\", \"properties\": "
				+ "{\"name\": {\"type\": \"string\"}}}}}");

		JsonNode strict = StrictSchemaRules.strictForm(schema);

		assertThat(strict).isNotNull();
		assertThat(strict.get("required").toString()).isEqualTo("[\"city\",\"when\",\"stops\"]");
		assertThat(strict.get("additionalProperties").asBoolean()).isFalse();
		assertThat(strict.at("/properties/when/required").toString()).isEqualTo("[\"day\"]");
		assertThat(strict.at("/properties/when/additionalProperties").asBoolean()).isFalse();
		assertThat(strict.at("/$defs/stop/required").toString()).isEqualTo("[\"name\"]");
		assertThat(schema.has("additionalProperties")).as("the original is left alone").isFalse();
	}

	@Test
	void anObjectThatAllowsMoreCannotBeMadeStrict() {
		assertThat(StrictSchemaRules.strictForm(JSON.readTree("{\"type\": \"object\", \"properties\": {\"tags\": "
				+ "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}}}")))
			.isNull();
		assertThat(StrictSchemaRules
			.strictForm(JSON.readTree("{\"type\": \"object\", \"properties\": {}, \"additionalProperties\": true}")))
			.isNull();
	}

	@Test
	void aSchemaNestedDeeperThanStrictModeAllowsCannotBeMadeStrict() {
		String schema = "{\"type\": \"string\"}";
		for (int i = 0; i < 12; i++) {
			schema = "{\"type\": \"object\", \"properties\": {\"p\": " + schema + "}}";
		}
		assertThat(StrictSchemaRules.strictForm(JSON.readTree(schema))).isNull();
	}

}
