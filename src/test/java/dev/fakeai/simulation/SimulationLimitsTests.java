package dev.fakeai.simulation;

import java.util.Base64;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Inputs from requests that could otherwise cost unbounded time or memory, or fail.
 */
class SimulationLimitsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode generate(String schema) {
		return new JsonInstanceGenerator(JSON.readTree(schema), new SplittableRandom(1), PromptTopic.of("a tree"))
			.generate();
	}

	@Test
	void endlessRecursionIsRefusedNamingTheReference() {
		assertThatExceptionOfType(UnsatisfiableSchemaException.class).isThrownBy(() -> generate("""
				{"$defs": {"node": {"type": "object", "required": ["a", "b", "c", "d"], "properties": {
				  "a": {"$ref": "#/$defs/node"}, "b": {"$ref": "#/$defs/node"}, "c": {"$ref": "#/$defs/node"},
				  "d": {"type": "array", "minItems": 5, "items": {"$ref": "#/$defs/node"}}}}},
				 "$ref": "#/$defs/node"}""")).satisfies((ex) -> assertThat(ex.keyword()).isEqualTo("$ref"));
	}

	@Test
	void wideFiniteSchemasStopAtTheNodeBudget() {
		assertThatExceptionOfType(UnsatisfiableSchemaException.class).isThrownBy(() -> generate("""
				{"type": "array", "minItems": 200, "items": {"type": "array", "minItems": 200,
				  "items": {"type": "array", "minItems": 200, "items": {"type": "integer"}}}}"""))
			.satisfies((ex) -> assertThat(ex.keyword()).isEqualTo("minItems"));
	}

	@Test
	void recursiveSchemasWithAWayOutClose() {
		JsonNode tree = generate("""
				{"$defs": {"node": {"type": "object", "required": ["value", "children"], "properties": {
				  "value": {"type": "integer"}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
				 "$ref": "#/$defs/node"}""");

		assertThat(tree.get("value").isIntegralNumber()).isTrue();
		assertThat(tree.toString().length()).isLessThan(100_000);
	}

	@Test
	void hugeLengthsAreRefusedNotGenerated() {
		assertThatExceptionOfType(UnsatisfiableSchemaException.class).isThrownBy(() -> generate("""
				{"type": "array", "minItems": 100000000, "items": {"type": "integer"}}"""))
			.satisfies((ex) -> assertThat(ex.keyword()).isEqualTo("minItems"));
		assertThatExceptionOfType(UnsatisfiableSchemaException.class).isThrownBy(() -> generate("""
				{"type": "string", "minLength": 100000000}"""))
			.satisfies((ex) -> assertThat(ex.keyword()).isEqualTo("minLength"));
		assertThat(generate("{\"type\": \"string\", \"minLength\": 10000}").asString()).hasSize(10_000);
		assertThat(generate("{\"type\": \"array\", \"minItems\": 256}").size()).isEqualTo(256);
	}

	@Test
	void remoteReferencesAreNeverFetched() {
		JsonSchemas schemas = new JsonSchemas();

		assertThat(schemas.compile(JSON.readTree("{\"$ref\": \"http://127.0.0.1:9/schema.json\"}"))).isNull();
		assertThat(schemas.compile(JSON.readTree("{\"type\": 5}"))).isNull();
		assertThat(schemas.compile(JSON.readTree("{\"type\": \"object\"}"))).isNotNull();
	}

	@Test
	void truncatedImageHeadersCountAsDefaultSize() {
		byte[] webp = "RIFF\0\0\0\0WEBPVP8X".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 0 };
		for (byte[] image : new byte[][] { webp, png, { (byte) 0xff, (byte) 0xd8, (byte) 0xff } }) {
			String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(image);
			assertThat(MediaTokens.image(url, "high")).isEqualTo(MediaTokens.imageTokens(1024, 1024));
		}
		assertThat(MediaTokens.image("data:image/png;base64,%%%not-base64", "auto")).isEqualTo(765);
	}

	@Test
	void longPromptsAreReadInBoundedTime() {
		String prompt = "word".repeat(10) + " " + "alpha beta gamma delta ".repeat(200_000);

		PromptTopic topic = PromptTopic.of(prompt);

		assertThat(topic.keywords()).hasSizeLessThanOrEqualTo(64);
	}

	@Test
	void memoStaysBounded() {
		BoundedMemo<Integer> memo = new BoundedMemo<>(10, 5);
		for (int i = 0; i < 1000; i++) {
			assertThat(memo.get("k" + (i % 100), String::length)).isEqualTo(("k" + (i % 100)).length());
		}
		assertThat(memo.size()).isLessThanOrEqualTo(10);
		assertThat(memo.get("longer than five", String::length)).isEqualTo(16);
		assertThat(memo.size()).isLessThanOrEqualTo(10);
	}

}
