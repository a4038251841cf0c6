package dev.fakeai.chat;

import dev.fakeai.engine.GenerationEngine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static dev.fakeai.chat.ChatFixtures.JSON;
import static dev.fakeai.chat.ChatFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Structured outputs and tool arguments over a corpus of schemas (test resources
 * {@code schemas/}): every value made for a satisfiable schema, over many seeds, is
 * accepted by an independent validator; every unsatisfiable schema (or one beyond the
 * generator) is a 400 that names the keyword at fault.
 */
class StructuredOutputCorpusTests {

	private static final int SEEDS = 12;

	private final GenerationEngine service = ChatFixtures.service();

	static Stream<Arguments> satisfiable() throws IOException {
		return corpus("satisfiable.json").stream().map((e) -> Arguments.of(e.get("name").asString(), e.get("schema")));
	}

	static Stream<Arguments> unsatisfiable() throws IOException {
		return corpus("unsatisfiable.json").stream()
			.map((e) -> Arguments.of(e.get("name").asString(), e.get("keyword").asString(), e.get("schema")));
	}

	private static List<JsonNode> corpus(String name) throws IOException {
		try (InputStream in = StructuredOutputCorpusTests.class.getResourceAsStream("/schemas/" + name)) {
			List<JsonNode> entries = new ArrayList<>();
			JSON.readTree(in).forEach(entries::add);
			return entries;
		}
	}

	@Test
	void theIndependentValidatorRejectsWhatBreaksASchema() {
		assertThat(IndependentSchemaValidator.failure("{\"type\": \"integer\", \"multipleOf\": 7}", "8")).isNotNull();
		assertThat(IndependentSchemaValidator.failure("{\"type\": \"string\", \"format\": \"date\"}", "\"2026-13-45\""))
			.isNotNull();
		assertThat(IndependentSchemaValidator.failure("{\"type\": \"integer\", \"multipleOf\": 7}", "14")).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("satisfiable")
	void everyStructuredOutputIsValid(String name, JsonNode schema) {
		for (int seed = 1; seed <= SEEDS; seed++) {
			ChatCompletion completion = complete(this.service, structured(schema, seed)).completion();
			for (ChatCompletion.Choice choice : completion.choices()) {
				assertThat(IndependentSchemaValidator.failure(schema.toString(), choice.message().content()))
					.as("%s, seed %d: %s", name, seed, choice.message().content())
					.isNull();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("satisfiable")
	void everyToolCallArgumentIsValidWhereTheSchemaIsAnObject(String name, JsonNode schema) {
		if (!"object".equals(schema.path("type").asString(""))) {
			return;
		}
		for (int seed = 1; seed <= SEEDS; seed++) {
			ChatCompletion completion = complete(this.service, toolCall(schema, seed)).completion();
			String arguments = completion.choices().get(0).message().toolCalls().get(0).function().arguments();
			assertThat(IndependentSchemaValidator.failure(schema.toString(), arguments))
				.as("%s, seed %d: %s", name, seed, arguments)
				.isNull();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsatisfiable")
	void anUnsatisfiableSchemaIsA400NamingTheKeyword(String name, String keyword, JsonNode schema) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> complete(this.service, structured(schema, 1)))
			.satisfies((ex) -> {
				assertThat(ex.toError().error().param()).isEqualTo("response_format.json_schema.schema");
				assertThat(ex.getMessage()).startsWith("Invalid schema for response_format: ")
					.contains("'" + keyword + "'");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"$ref\": \"#\"}",
			"{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/a\", \"minimum\": 1}}, \"$ref\": \"#/$defs/a\"}" })
	void aSchemaThatRefersToItselfWithoutEndIsA400(String schema) {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> complete(this.service, structured(JSON.readTree(schema), 1)))
			.satisfies(
					(ex) -> assertThat(ex.toError().error().param()).isEqualTo("response_format.json_schema.schema"));
	}

	private static String structured(JsonNode schema, int seed) {
		return """
				{"model": "gpt-4o", "seed": %d, "n": 2, "messages": [{"role": "user", "content": "Fill in the form"}],
				 "response_format": {"type": "json_schema", "json_schema": {"name": "form", "schema": %s}}}"""
			.formatted(seed, schema);
	}

	private static String toolCall(JsonNode schema, int seed) {
		return """
				{"model": "gpt-4o", "seed": %d, "messages": [{"role": "user", "content": "Record the order"}],
				 "tools": [{"type": "function", "function": {"name": "record", "parameters": %s}}],
				 "tool_choice": {"type": "function", "function": {"name": "record"}}}""".formatted(seed, schema);
	}

}
