package dev.fakeai.responses;

import java.util.Map;
import java.util.Set;

import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.ApiSurface.Param;
import dev.fakeai.models.Capability;

/**
 * How the engine names the Responses API's parameters in errors, and which models it
 * serves: every chat model.
 */
final class ResponsesSurface {

	static final ApiSurface SURFACE = new ApiSurface("responses", Capability.CHAT,
			"This model is not supported in the v1/responses endpoint. It is not a chat model.",
			Map.ofEntries(Map.entry(Param.STREAM, "stream"), Map.entry(Param.TOOLS, "tools"),
					Map.entry(Param.PREDICTION, "prediction"), Map.entry(Param.MODALITIES, "modalities"),
					Map.entry(Param.RESPONSE_FORMAT, "text.format"),
					Map.entry(Param.RESPONSE_SCHEMA, "text.format.schema"), Map.entry(Param.MESSAGES, "input"),
					Map.entry(Param.REASONING_EFFORT, "reasoning.effort"),
					Map.entry(Param.LEGACY_OUTPUT_LIMIT, "max_output_tokens"),
					Map.entry(Param.OUTPUT_LIMIT, "max_output_tokens"), Map.entry(Param.TEMPERATURE, "temperature"),
					Map.entry(Param.TOP_P, "top_p"), Map.entry(Param.PRESENCE_PENALTY, "presence_penalty"),
					Map.entry(Param.FREQUENCY_PENALTY, "frequency_penalty"), Map.entry(Param.LOGPROBS, "top_logprobs"),
					Map.entry(Param.LOGIT_BIAS, "logit_bias"), Map.entry(Param.STOP, "stop")),
			"tools[%d].parameters", Map.of(), true, Set.of());

	private ResponsesSurface() {
	}

}
