package dev.fakeai.engine;

import java.util.Locale;
import java.util.Objects;

import dev.fakeai.engine.ApiSurface.Param;
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

	static void check(GenerationRequest request, ModelDefinition model, boolean strict) {
		ApiSurface surface = request.surface();
		if (!model.has(surface.required())) {
			throw ApiException.wrongEndpointForModel(surface.wrongModelMessage());
		}
		surface.refusals().forEach((capability, message) -> {
			if (model.has(capability)) {
				throw ApiException.wrongEndpointForModel(message);
			}
		});
		if (request.stream() && !model.has(Capability.STREAMING)) {
			String stream = surface.name(Param.STREAM);
			throw ApiException.unsupportedValue(stream, "Unsupported value: '" + stream
					+ "' does not support true with this model. Supported values are: false.");
		}
		if (!request.tools().isEmpty() && !model.has(Capability.FUNCTION_CALLING)) {
			throw ApiException.unsupportedParameter(surface.name(Param.TOOLS),
					surface.name(Param.TOOLS)
							+ " is not supported in this model. For a list of supported models, refer to "
							+ "https://platform.openai.com/docs/guides/function-calling.");
		}
		checkResponseFormat(request, model);
		checkContentParts(request, model);
		if (request.prediction() != null && !model.has(Capability.PREDICTED_OUTPUTS)) {
			throw unsupportedParameter(surface, Param.PREDICTION);
		}
		if (request.modalities().contains("audio") && !model.has(Capability.AUDIO_OUTPUT)) {
			throw ApiException.unsupportedValue(surface.name(Param.MODALITIES),
					"This model does not support audio output. Supported values are: ['text'].");
		}
		if (strict) {
			if (request.logprobs() && !model.has(Capability.LOGPROBS)) {
				throw unsupportedParameter(surface, Param.LOGPROBS);
			}
			checkReasoningParameters(request, model);
			checkStopAndRoles(request, model);
		}
	}

	/**
	 * {@code stop} and system or developer messages, refused by the models whose flags
	 * say so, in OpenAI's words.
	 */
	private static void checkStopAndRoles(GenerationRequest request, ModelDefinition model) {
		ApiSurface surface = request.surface();
		if (!request.stop().isEmpty() && !model.has(Capability.STOP_SEQUENCES)) {
			throw unsupportedParameter(surface, Param.STOP);
		}
		if (model.has(Capability.SYSTEM_MESSAGES)) {
			return;
		}
		for (int i = 0; i < request.messages().size(); i++) {
			String role = request.messages().get(i).role();
			if (role.equals("system") || role.equals("developer")) {
				String param = surface.name(Param.MESSAGES) + "[" + i + "].role";
				throw ApiException.unsupportedValue(param,
						"Unsupported value: '" + param + "' does not support '" + role + "' with this model.");
			}
		}
	}

	private static void checkResponseFormat(GenerationRequest request, ModelDefinition model) {
		GenerationRequest.ResponseFormat.Type type = request.responseFormat().type();
		String format = request.surface().name(Param.RESPONSE_FORMAT);
		if ((type == GenerationRequest.ResponseFormat.Type.JSON_OBJECT && !model.has(Capability.JSON_MODE))
				|| (type == GenerationRequest.ResponseFormat.Type.JSON_SCHEMA
						&& !model.has(Capability.STRUCTURED_OUTPUTS))) {
			throw ApiException.unsupportedValue(format,
					"Invalid parameter: '" + format + "' of type '" + type + "' is not supported with this model.");
		}
		if (type == GenerationRequest.ResponseFormat.Type.JSON_OBJECT && request.messages()
			.stream()
			.noneMatch((message) -> message.text().toLowerCase(Locale.ROOT).contains("json"))) {
			String messages = request.surface().name(Param.MESSAGES);
			throw ApiException.invalidParameter(messages, "'" + messages + "' must contain the word 'json' in some "
					+ "form, to use '" + format + "' of type 'json_object'.");
		}
	}

	private static ApiException unsupportedParameter(ApiSurface surface, Param param) {
		String name = surface.name(param);
		return ApiException.unsupportedParameter(name,
				"Unsupported parameter: '" + name + "' is not supported with this model.");
	}

	private static void checkContentParts(GenerationRequest request, ModelDefinition model) {
		for (GenerationRequest.Message message : request.messages()) {
			for (GenerationRequest.ContentPart part : message.parts()) {
				boolean unsupported = (part.type() == GenerationRequest.ContentPart.Type.IMAGE
						&& !model.has(Capability.VISION))
						|| (part.type() == GenerationRequest.ContentPart.Type.AUDIO
								&& !model.has(Capability.AUDIO_INPUT));
				if (unsupported) {
					throw ApiException.invalidParameter(part.param() + ".type",
							"Invalid content type. " + part.wireType() + " is only supported by certain models.");
				}
			}
		}
	}

	private static void checkReasoningParameters(GenerationRequest request, ModelDefinition model) {
		ApiSurface surface = request.surface();
		if (!model.has(Capability.REASONING)) {
			if (request.reasoningEffort() != null) {
				throw surface.unrecognizedUnlessSupported().contains(Param.REASONING_EFFORT)
						? ApiException.unrecognizedArgument(surface.name(Param.REASONING_EFFORT))
						: unsupportedParameter(surface, Param.REASONING_EFFORT);
			}
			return;
		}
		if (model.has(Capability.REASONING_CONTENT)) {
			return;
		}
		if (request.maxTokens() != null) {
			String legacy = surface.name(Param.LEGACY_OUTPUT_LIMIT);
			throw ApiException.unsupportedParameter(legacy, "Unsupported parameter: '" + legacy + "' is not "
					+ "supported with this model. Use '" + surface.name(Param.OUTPUT_LIMIT) + "' instead.");
		}
		requireDefault(surface.name(Param.TEMPERATURE), request.temperature(), 1.0);
		requireDefault(surface.name(Param.TOP_P), request.topP(), 1.0);
		requireDefault(surface.name(Param.PRESENCE_PENALTY), request.presencePenalty(), 0.0);
		requireDefault(surface.name(Param.FREQUENCY_PENALTY), request.frequencyPenalty(), 0.0);
		if (request.logprobs()) {
			throw unsupportedParameter(surface, Param.LOGPROBS);
		}
		if (!request.logitBias().isEmpty()) {
			throw unsupportedParameter(surface, Param.LOGIT_BIAS);
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
