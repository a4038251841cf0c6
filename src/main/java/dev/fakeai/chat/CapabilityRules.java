package dev.fakeai.chat;

import java.util.Locale;
import java.util.Objects;

import dev.fakeai.errors.ApiException;
import dev.fakeai.models.Capability;
import dev.fakeai.models.ModelDefinition;

/**
 * Refuses what the model cannot do, decided by its capability flags (never its name),
 * with OpenAI's 400s; and, when strict, OpenAI's parameter rules for hidden-reasoning
 * models.
 */
final class CapabilityRules {

	private CapabilityRules() {
	}

	static void check(ChatRequest request, ModelDefinition model, boolean strict) {
		if (!model.has(Capability.CHAT)) {
			throw ApiException.wrongEndpointForModel("This is not a chat model and thus not supported in the "
					+ "v1/chat/completions endpoint. Did you mean to use v1/completions?");
		}
		if (request.stream() && !model.has(Capability.STREAMING)) {
			throw ApiException.unsupportedValue("stream", "Unsupported value: 'stream' does not support true with "
					+ "this model. Supported values are: false.");
		}
		if (!request.tools().isEmpty() && !model.has(Capability.FUNCTION_CALLING)) {
			throw ApiException.unsupportedParameter("tools", "tools is not supported in this model. For a list of "
					+ "supported models, refer to https://platform.openai.com/docs/guides/function-calling.");
		}
		checkResponseFormat(request, model);
		checkContentParts(request, model);
		if (request.prediction() != null && !model.has(Capability.PREDICTED_OUTPUTS)) {
			throw ApiException.unsupportedParameter("prediction",
					"Unsupported parameter: 'prediction' is not supported with this model.");
		}
		if (request.modalities().contains("audio")) {
			throw ApiException.unsupportedValue("modalities",
					model.has(Capability.AUDIO_OUTPUT) ? "Audio output is not emulated: request 'modalities': ['text']."
							: "This model does not support audio output. Supported values are: ['text'].");
		}
		if (strict) {
			checkReasoningParameters(request, model);
		}
	}

	private static void checkResponseFormat(ChatRequest request, ModelDefinition model) {
		String type = request.responseFormat().type();
		if ("json_object".equals(type) && !model.has(Capability.JSON_MODE)) {
			throw unsupportedFormat(type);
		}
		if ("json_schema".equals(type) && !model.has(Capability.STRUCTURED_OUTPUTS)) {
			throw unsupportedFormat(type);
		}
		if ("json_object".equals(type) && request.messages()
			.stream()
			.noneMatch((message) -> message.text().toLowerCase(Locale.ROOT).contains("json"))) {
			throw ApiException.invalidParameter("messages", "'messages' must contain the word 'json' in some form, "
					+ "to use 'response_format' of type 'json_object'.");
		}
	}

	private static ApiException unsupportedFormat(String type) {
		return ApiException.unsupportedValue("response_format",
				"Invalid parameter: 'response_format' of type '" + type + "' is not supported with this model.");
	}

	private static void checkContentParts(ChatRequest request, ModelDefinition model) {
		for (ChatRequest.Message message : request.messages()) {
			for (ChatRequest.ContentPart part : message.parts()) {
				if ("image_url".equals(part.type()) && !model.has(Capability.VISION)) {
					throw ApiException.invalidParameter(part.param() + ".type",
							"Invalid content type. image_url is only supported by certain models.");
				}
				if ("input_audio".equals(part.type()) && !model.has(Capability.AUDIO_INPUT)) {
					throw ApiException.invalidParameter(part.param() + ".type",
							"Invalid content type. input_audio is only supported by certain models.");
				}
			}
		}
	}

	private static void checkReasoningParameters(ChatRequest request, ModelDefinition model) {
		if (!model.has(Capability.REASONING)) {
			if (request.reasoningEffort() != null) {
				throw ApiException.unsupportedParameter("reasoning_effort",
						"Unsupported parameter: 'reasoning_effort' is not supported with this model.");
			}
			return;
		}
		if (model.has(Capability.REASONING_CONTENT)) {
			return;
		}
		if (request.maxTokens() != null) {
			throw ApiException.unsupportedParameter("max_tokens", "Unsupported parameter: 'max_tokens' is not "
					+ "supported with this model. Use 'max_completion_tokens' instead.");
		}
		requireDefault("temperature", request.temperature(), 1.0);
		requireDefault("top_p", request.topP(), 1.0);
		requireDefault("presence_penalty", request.presencePenalty(), 0.0);
		requireDefault("frequency_penalty", request.frequencyPenalty(), 0.0);
		if (request.logprobs()) {
			throw ApiException.unsupportedParameter("logprobs",
					"Unsupported parameter: 'logprobs' is not supported with this model.");
		}
		if (!request.logitBias().isEmpty()) {
			throw ApiException.unsupportedParameter("logit_bias",
					"Unsupported parameter: 'logit_bias' is not supported with this model.");
		}
	}

	private static void requireDefault(String param, Double value, double fallback) {
		if (value != null && !Objects.equals(value, fallback)) {
			String shown = (value == Math.rint(value)) ? String.valueOf(value.longValue()) : String.valueOf(value);
			String defaultShown = String.valueOf((long) fallback);
			throw ApiException.unsupportedValue(param, "Unsupported value: '" + param + "' does not support " + shown
					+ " with this model. Only the default (" + defaultShown + ") value is supported.");
		}
	}

}
