package dev.fakeai.completions;

import java.util.Map;
import java.util.Set;

import dev.fakeai.engine.ApiSurface;
import dev.fakeai.engine.ApiSurface.Param;
import dev.fakeai.models.Capability;

/**
 * How the engine names legacy completions' parameters in errors, counts their prompts
 * (bare text), and which models they serve: those with the completion flag.
 */
final class CompletionsSurface {

	static final ApiSurface SURFACE = new ApiSurface("completions", Capability.COMPLETION,
			"This is a chat model and not supported in the v1/completions endpoint. Did you mean to use "
					+ "v1/chat/completions?",
			Map.ofEntries(Map.entry(Param.STREAM, "stream"), Map.entry(Param.TOOLS, "tools"),
					Map.entry(Param.PREDICTION, "prediction"), Map.entry(Param.MODALITIES, "modalities"),
					Map.entry(Param.RESPONSE_FORMAT, "response_format"),
					Map.entry(Param.RESPONSE_SCHEMA, "response_format"), Map.entry(Param.MESSAGES, "prompt"),
					Map.entry(Param.REASONING_EFFORT, "reasoning_effort"),
					Map.entry(Param.LEGACY_OUTPUT_LIMIT, "max_tokens"), Map.entry(Param.OUTPUT_LIMIT, "max_tokens"),
					Map.entry(Param.TEMPERATURE, "temperature"), Map.entry(Param.TOP_P, "top_p"),
					Map.entry(Param.PRESENCE_PENALTY, "presence_penalty"),
					Map.entry(Param.FREQUENCY_PENALTY, "frequency_penalty"), Map.entry(Param.LOGPROBS, "logprobs"),
					Map.entry(Param.LOGIT_BIAS, "logit_bias"), Map.entry(Param.STOP, "stop")),
			"tools[%d]", Map.of(), false, Set.of());

	private CompletionsSurface() {
	}

}
