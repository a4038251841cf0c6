package dev.fakeai.chat;

import java.util.Map;
import java.util.Set;

import dev.fakeai.engine.ApiSurface.Param;
import dev.fakeai.engine.ApiSurface;
import dev.fakeai.models.Capability;

/**
 * How the engine names chat's parameters in errors, and which models chat serves.
 */
final class ChatSurface {

	static final ApiSurface SURFACE = new ApiSurface("chat", Capability.CHAT,
			"This is not a chat model and thus not supported in the v1/chat/completions endpoint. "
					+ "Did you mean to use v1/completions?",
			Map.ofEntries(Map.entry(Param.STREAM, "stream"), Map.entry(Param.TOOLS, "tools"),
					Map.entry(Param.PREDICTION, "prediction"), Map.entry(Param.MODALITIES, "modalities"),
					Map.entry(Param.RESPONSE_FORMAT, "response_format"),
					Map.entry(Param.RESPONSE_SCHEMA, "response_format.json_schema.schema"),
					Map.entry(Param.MESSAGES, "messages"), Map.entry(Param.REASONING_EFFORT, "reasoning_effort"),
					Map.entry(Param.LEGACY_OUTPUT_LIMIT, "max_tokens"),
					Map.entry(Param.OUTPUT_LIMIT, "max_completion_tokens"), Map.entry(Param.TEMPERATURE, "temperature"),
					Map.entry(Param.TOP_P, "top_p"), Map.entry(Param.PRESENCE_PENALTY, "presence_penalty"),
					Map.entry(Param.FREQUENCY_PENALTY, "frequency_penalty"), Map.entry(Param.LOGPROBS, "logprobs"),
					Map.entry(Param.LOGIT_BIAS, "logit_bias"), Map.entry(Param.STOP, "stop")),
			"tools[%d].function.parameters",
			Map.of(Capability.RESPONSES_ONLY,
					"This model is only supported in v1/responses and not in v1/chat/completions."),
			true, Set.of(Param.REASONING_EFFORT));

	private ChatSurface() {
	}

}
