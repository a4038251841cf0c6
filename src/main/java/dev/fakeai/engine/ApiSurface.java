package dev.fakeai.engine;

import java.util.Map;
import java.util.Set;

import dev.fakeai.models.Capability;

/**
 * What the engine needs to know of the API that called it, to answer in that API's words:
 * the capability a model needs for the endpoint (and the 404 otherwise), and each
 * parameter's name on that API's wire ({@code response_format} in chat,
 * {@code text.format} in the Responses API).
 *
 * @param api the API's short name, as fixtures and the journal name it ({@code chat},
 * {@code responses}, {@code completions}, {@code embeddings}, {@code moderations})
 * @param required the capability a model needs for this endpoint
 * @param wrongModelMessage the 404 message for a model without it
 * @param names the wire name of each parameter the engine may name in an error
 * @param toolParameters the wire name of tool {@code i}'s parameter schema, a format with
 * one {@code %d}
 * @param refusals capabilities whose models this API refuses, each with its 404 message
 * (chat refuses the Responses-only models)
 * @param messageFraming whether prompts are counted as chat messages (framing tokens per
 * message and for the reply), or as their bare text (legacy completions)
 * @param unrecognizedUnlessSupported the parameters this API refuses as unrecognized
 * arguments ({@code Unrecognized request argument supplied: X}) rather than as
 * unsupported ones when the model does not take them: chat's {@code reasoning_effort} on
 * a model without reasoning, as OpenAI answers it
 */
public record ApiSurface(String api, Capability required, String wrongModelMessage, Map<Param, String> names,
		String toolParameters, Map<Capability, String> refusals, boolean messageFraming,
		Set<Param> unrecognizedUnlessSupported) {

	public ApiSurface {
		for (Param param : Param.values()) {
			if (!names.containsKey(param)) {
				throw new IllegalArgumentException("No wire name for " + param);
			}
		}
		names = Map.copyOf(names);
		refusals = Map.copyOf(refusals);
		unrecognizedUnlessSupported = Set.copyOf(unrecognizedUnlessSupported);
	}

	/**
	 * The surface of an API that only names a model (moderations, embeddings): the
	 * capability its models need and the 404 for others; parameters keep their own names.
	 * @param api the API's short name
	 * @param required the capability a model needs
	 * @param wrongModelMessage the 404 message for a model without it
	 * @return the surface
	 */
	public static ApiSurface of(String api, Capability required, String wrongModelMessage) {
		Map<Param, String> names = new java.util.EnumMap<>(Param.class);
		for (Param param : Param.values()) {
			names.put(param, param.name().toLowerCase(java.util.Locale.ROOT));
		}
		return new ApiSurface(api, required, wrongModelMessage, names, "tools[%d]", Map.of(), false, Set.of());
	}

	/**
	 * A parameter's name on this API's wire.
	 * @param param the parameter
	 * @return its name
	 */
	public String name(Param param) {
		return this.names.get(param);
	}

	/**
	 * The wire name of a tool's parameter schema.
	 * @param index the tool's position
	 * @return e.g. {@code tools[2].function.parameters}
	 */
	public String toolParameters(int index) {
		return String.format(this.toolParameters, index);
	}

	/** The request parameters the engine names in its errors. */
	public enum Param {

		/** Streaming on or off. */
		STREAM,
		/** The tools. */
		TOOLS,
		/** The predicted output. */
		PREDICTION,
		/** The output modalities. */
		MODALITIES,
		/** The output format. */
		RESPONSE_FORMAT,
		/** The schema of a structured output. */
		RESPONSE_SCHEMA,
		/** The conversation. */
		MESSAGES,
		/** The reasoning effort. */
		REASONING_EFFORT,
		/** The legacy output limit that reasoning models refuse ({@code max_tokens}). */
		LEGACY_OUTPUT_LIMIT,
		/** The output limit reasoning models take instead. */
		OUTPUT_LIMIT,
		/** The sampling temperature. */
		TEMPERATURE,
		/** Nucleus sampling. */
		TOP_P,
		/** The presence penalty. */
		PRESENCE_PENALTY,
		/** The frequency penalty. */
		FREQUENCY_PENALTY,
		/** Log probabilities. */
		LOGPROBS,
		/** Token biases. */
		LOGIT_BIAS,
		/** Stop sequences. */
		STOP

	}

}
