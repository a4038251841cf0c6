package dev.fakeai.chat;

import dev.fakeai.engine.GenerationRequest;

import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.fakeai.chat.ChatFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChatRequestParserTests {

	@Test
	void readsAMinimalRequestWithDefaults() {
		GenerationRequest request = request("""
				{"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}""");

		assertThat(request.model()).isEqualTo("gpt-4o");
		assertThat(request.n()).isEqualTo(1);
		assertThat(request.stream()).isFalse();
		assertThat(request.parallelToolCalls()).isTrue();
		assertThat(request.toolChoice()).isEqualTo(GenerationRequest.ToolChoice.NONE);
		assertThat(request.responseFormat()).isEqualTo(GenerationRequest.ResponseFormat.TEXT);
		assertThat(request.messages()).singleElement().satisfies((message) -> {
			assertThat(message.role()).isEqualTo("user");
			assertThat(message.text()).isEqualTo("Hi");
		});
	}

	@Test
	void readsContentPartsToolsAndFormats() {
		GenerationRequest request = request(
				"""
						{"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true}, "stop": "END",
						 "messages": [{"role": "user", "content": [{"type": "text", "text": "Look"},
						   {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}}]}],
						 "tools": [{"type": "function", "function": {"name": "look_up", "parameters": {"type": "object"}}}],
						 "tool_choice": {"type": "function", "function": {"name": "look_up"}},
						 "response_format": {"type": "json_schema", "json_schema": {"name": "out", "schema": {"type": "object"}}},
						 "max_completion_tokens": 50, "max_tokens": 70, "seed": 7}""");

		assertThat(request.includeUsage()).isTrue();
		assertThat(request.stop()).containsExactly("END");
		assertThat(request.messages().get(0).parts()).singleElement()
			.satisfies((part) -> assertThat(part.detail()).isEqualTo("low"));
		assertThat(request.toolChoice()).isEqualTo(GenerationRequest.ToolChoice.function("look_up"));
		assertThat(request.responseFormat().type()).isEqualTo(GenerationRequest.ResponseFormat.Type.JSON_SCHEMA);
		assertThat(request.requestedOutputLimit()).isEqualTo(50);
		assertThat(request.seed()).isEqualTo(7L);
	}

	@Test
	void legacyFunctionsAreReadAsTools() {
		GenerationRequest request = request("""
				{"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}],
				 "functions": [{"name": "f", "parameters": {"type": "object"}}], "function_call": {"name": "f"}}""");

		assertThat(request.tools()).extracting(GenerationRequest.Tool::name).containsExactly("f");
		assertThat(request.toolChoice()).isEqualTo(GenerationRequest.ToolChoice.function("f"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"'temperature': 3 | temperature | decimal_above_max_value | Expected a value <= 2, but got 3 instead.",
			"'temperature': -0.5 | temperature | decimal_below_min_value | Expected a value >= 0",
			"'temperature': \"hot\" | temperature | invalid_type | expected a decimal, but got a string",
			"'top_p': 1.5 | top_p | decimal_above_max_value | <= 1",
			"'frequency_penalty': -3 | frequency_penalty | decimal_below_min_value | >= -2",
			"'presence_penalty': 2.5 | presence_penalty | decimal_above_max_value | <= 2",
			"'n': 0 | n | integer_below_min_value | >= 1", "'n': 129 | n | integer_above_max_value | <= 128",
			"'n': 1.5 | n | invalid_type | expected an integer",
			"'logprobs': true, 'top_logprobs': 21 | top_logprobs | integer_above_max_value | <= 20",
			"'top_logprobs': 3 | top_logprobs | invalid_value | 'logprobs' must be set to true",
			"'logit_bias': {\"50256\": 101} | logit_bias.50256 | integer_above_max_value | <= 100",
			"'logit_bias': {\"50256\": -101} | logit_bias.50256 | integer_below_min_value | >= -100",
			"'stream_options': {\"include_usage\": true} | stream_options | invalid_value | only allowed when 'stream' is enabled",
			"'stream': \"yes\" | stream | invalid_type | expected a boolean",
			"'stop': [\"a\",\"b\",\"c\",\"d\",\"e\"] | stop | invalid_value | maximum length 4",
			"'max_tokens': 0 | max_tokens | integer_below_min_value | >= 1",
			"'reasoning_effort': \"extreme\" | reasoning_effort | invalid_value | Invalid value: 'extreme'",
			"'tool_choice': \"auto\" | tool_choice | invalid_value | only allowed when 'tools' are specified",
			"'response_format': {\"type\": \"yaml\"} | response_format.type | invalid_value | Invalid value: 'yaml'",
			"'response_format': {\"type\": \"json_schema\"} | response_format.json_schema | missing_required_parameter | Missing required parameter",
			"'seed': \"x\" | seed | invalid_type | expected an integer",
			"'modalities': [\"video\"] | modalities[0] | invalid_value | 'text' and 'audio'" })
	void rejectsInvalidParametersNamingThem(String fields, String param, String code, String message) {
		String json = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], "
				+ fields.replace('\'', '"') + "}";

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> request(json)).satisfies((ex) -> {
			assertThat(ex.status().value()).isEqualTo(400);
			assertThat(ex.toError().error().param()).isEqualTo(param);
			assertThat(ex.toError().error().code()).isEqualTo(code);
			assertThat(ex.getMessage()).contains(message);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"{\"messages\": [] } | model | missing_required_parameter",
			"{\"model\": \"m\"} | messages | missing_required_parameter",
			"{\"model\": \"m\", \"messages\": []} | messages | empty_array",
			"{\"model\": \"m\", \"messages\": {}} | messages | invalid_type",
			"{\"model\": 5, \"messages\": []} | model | invalid_type",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]} | messages[0].role | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"content\": \"x\"}]} | messages[0].role | missing_required_parameter",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\"}]} | messages[0].content | missing_required_parameter",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]} | messages[0].tool_call_id | missing_required_parameter",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"video\"}]}]} | messages[0].content[0].type | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"system\", \"content\": [{\"type\": \"image_url\", \"image_url\": {\"url\": \"https://x/y.png\"}}]}]} | messages[0].content[0].type | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\", \"image_url\": {\"url\": \"ftp://x\"}}]}]} | messages[0].content[0].image_url.url | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_audio\", \"input_audio\": {\"data\": \"AA==\", \"format\": \"ogg\"}}]}]} | messages[0].content[0].input_audio.format | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"bad name!\"}}]} | tools[0].function.name | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\"}}], \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"g\"}}} | tool_choice | invalid_value",
			"{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\"}]}]} | messages[0].content[0].image_url | missing_required_parameter",
			"[1, 2] | body | invalid_type" })
	void rejectsInvalidStructureNamingTheParam(String json, String param, String code) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> request(json)).satisfies((ex) -> {
			assertThat(ex.toError().error().param()).isEqualTo(param);
			assertThat(ex.toError().error().code()).isEqualTo(code);
		});
	}

}
