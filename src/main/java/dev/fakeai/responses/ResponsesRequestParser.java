package dev.fakeai.responses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.RequestFields;
import dev.fakeai.errors.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static dev.fakeai.engine.RequestFields.bool;
import static dev.fakeai.engine.RequestFields.decimal;
import static dev.fakeai.engine.RequestFields.describe;
import static dev.fakeai.engine.RequestFields.integer;
import static dev.fakeai.engine.RequestFields.oneOf;
import static dev.fakeai.engine.RequestFields.optionalString;
import static dev.fakeai.engine.RequestFields.orDefault;
import static dev.fakeai.engine.RequestFields.present;
import static dev.fakeai.engine.RequestFields.requiredString;

/**
 * Reads a {@code POST /v1/responses} body and validates it as OpenAI does: types, ranges,
 * allowed values and the rules between fields, each failure a 400 naming the parameter.
 * Strict (the default), an unknown top-level field is OpenAI's {@code unknown_parameter}
 * 400; lenient, it is ignored. Features that are not emulated (conversations, prompt
 * templates, built-in tools) are refused by name.
 */
final class ResponsesRequestParser {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> EFFORTS = Set.of("none", "minimal", "low", "medium", "high", "xhigh", "max");

	private static final Set<String> SUMMARIES = Set.of("auto", "concise", "detailed");

	private static final Set<String> TIERS = Set.of("auto", "default", "flex", "scale", "priority");

	private static final Set<String> TRUNCATIONS = Set.of("auto", "disabled");

	private static final Set<String> INCLUDES = Set.of("reasoning.encrypted_content", "message.output_text.logprobs",
			"message.input_image.image_url", "file_search_call.results", "web_search_call.results",
			"web_search_call.action.sources", "code_interpreter_call.outputs", "computer_call_output.output.image_url");

	/**
	 * Every top-level field of OpenAI's {@code CreateResponse} (OpenAPI description
	 * 2.3.0).
	 */
	private static final Set<String> PARAMETERS = Set.of("background", "context_management", "conversation", "include",
			"input", "instructions", "max_output_tokens", "max_tool_calls", "metadata", "model", "moderation",
			"parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key", "prompt_cache_options",
			"prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream",
			"stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p", "truncation",
			"user");

	private static final int MIN_OUTPUT_TOKENS = 16;

	private ResponsesRequestParser() {
	}

	static ResponsesRequest parse(JsonNode body, boolean strict) {
		RequestFields.body(body, strict, PARAMETERS);
		String model = requiredString(body, "model");
		refuseUnemulated(body);
		String previous = optionalString(body, "previous_response_id", "previous_response_id");
		JsonNode inputNode = present(body, "input");
		List<InputItem> input = (inputNode != null) ? ResponsesInputParser.input(inputNode) : List.of();
		if (input.isEmpty() && previous == null) {
			throw ApiException.missingParameter("input");
		}
		boolean stream = bool(body, "stream", false);
		boolean obfuscation = streamOptions(body, stream);
		boolean store = bool(body, "store", true);
		boolean background = bool(body, "background", false);
		if (background && !store) {
			throw ApiException.invalidParameter("background",
					"Background responses must be stored: 'background' true requires 'store' true.");
		}
		Set<String> include = include(body);
		Integer maxOutput = integer(body, "max_output_tokens", MIN_OUTPUT_TOKENS, Integer.MAX_VALUE);
		Integer topLogprobs = integer(body, "top_logprobs", 0, 20);
		Double temperature = decimal(body, "temperature", 0, 2);
		Double topP = decimal(body, "top_p", 0, 1);
		JsonNode reasoning = present(body, "reasoning");
		String effort = null;
		String summary = null;
		if (reasoning != null) {
			RequestFields.object(reasoning, "reasoning");
			effort = RequestFields.oneOf(reasoning, "effort", EFFORTS, "reasoning.effort");
			summary = RequestFields.oneOf(reasoning, "summary", SUMMARIES, "reasoning.summary");
			if (summary == null) {
				summary = RequestFields.oneOf(reasoning, "generate_summary", SUMMARIES, "reasoning.generate_summary");
			}
		}
		List<ResponsesTools.Parsed> tools = ResponsesTools.tools(body);
		List<GenerationRequest.Tool> engineTools = tools.stream().map(ResponsesTools.Parsed::tool).toList();
		JsonNode toolChoiceNode = present(body, "tool_choice");
		GenerationRequest.ToolChoice toolChoice = ResponsesTools.toolChoice(toolChoiceNode, engineTools);
		boolean parallel = bool(body, "parallel_tool_calls", true);
		ResponsesTextFormat format = ResponsesTextFormat.of(body);
		List<GenerationRequest.Message> messages = new ArrayList<>();
		for (InputItem item : input) {
			if (item.message() != null) {
				messages.add(item.message());
			}
		}
		GenerationRequest generation = new GenerationRequest(ResponsesSurface.SURFACE, model, messages, stream, false,
				1, temperature, topP, null, null, maxOutput, null, List.of(), null,
				include.contains("message.output_text.logprobs"), orDefault(topLogprobs, 0), Map.of(), engineTools,
				toolChoice, parallel, format.format(), effort, null, List.of("text"),
				oneOf(body, "service_tier", TIERS), summary);
		ResponsesRequest.Echo echo = new ResponsesRequest.Echo(maxOutput,
				integer(body, "max_tool_calls", 1, Integer.MAX_VALUE), parallel,
				optionalString(body, "prompt_cache_key", "prompt_cache_key"), effort, summary,
				optionalString(body, "safety_identifier", "safety_identifier"), temperature, format.echo(),
				(toolChoiceNode != null) ? toolChoiceNode : NODES.stringNode("auto"), ResponsesTools.echo(tools),
				orDefault(topLogprobs, 0), topP, orDefault(oneOf(body, "truncation", TRUNCATIONS), "disabled"),
				optionalString(body, "user", "user"), RequestFields.metadata(body));
		return new ResponsesRequest(generation, instructions(body), input, store, background, previous,
				include.contains("reasoning.encrypted_content"), obfuscation, echo);
	}

	private static void refuseUnemulated(JsonNode body) {
		if (present(body, "conversation") != null) {
			if (present(body, "previous_response_id") != null) {
				throw ApiException.invalidParameter("conversation", "Mutually exclusive parameters: Ensure you are "
						+ "only providing one of: 'previous_response_id' or 'conversation'.");
			}
			throw ApiException.invalidParameter("conversation",
					"The Conversations API is not emulated: continue with 'previous_response_id' instead.");
		}
		if (present(body, "prompt") != null) {
			throw ApiException.invalidParameter("prompt",
					"Reusable prompts are not emulated: send 'instructions' and 'input' instead.");
		}
	}

	private static boolean streamOptions(JsonNode body, boolean stream) {
		JsonNode options = present(body, "stream_options");
		if (options == null) {
			return true;
		}
		if (!stream) {
			throw ApiException.invalidParameter("stream_options",
					"The 'stream_options' parameter is only allowed when 'stream' is enabled.");
		}
		RequestFields.object(options, "stream_options");
		return RequestFields.bool(options, "include_obfuscation", true, "stream_options.include_obfuscation");
	}

	private static @Nullable String instructions(JsonNode body) {
		return optionalString(body, "instructions", "instructions");
	}

	private static Set<String> include(JsonNode body) {
		JsonNode include = present(body, "include");
		if (include == null) {
			return Set.of();
		}
		if (!include.isArray()) {
			throw ApiException.invalidType("include", "an array", describe(include));
		}
		Set<String> values = new HashSet<>();
		for (int i = 0; i < include.size(); i++) {
			String value = include.get(i).isString() ? include.get(i).asString() : null;
			if (value == null || !INCLUDES.contains(value)) {
				throw ApiException.invalidParameter("include[" + i + "]", "Invalid value: '"
						+ ((value != null) ? value : include.get(i).toString()) + "'. Supported values are: "
						+ String.join(", ", INCLUDES.stream().sorted().map((v) -> "'" + v + "'").toList()) + ".");
			}
			values.add(value);
		}
		return values;
	}

}
