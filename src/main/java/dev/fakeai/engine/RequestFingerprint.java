package dev.fakeai.engine;

/**
 * A stable 64-bit hash of everything in a request that shapes the answer (not whether it
 * streams), so the same request with the same {@code seed} gives the same choices, across
 * restarts and JDKs: FNV-1a over a canonical text, finished with SplitMix64.
 */
final class RequestFingerprint {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private RequestFingerprint() {
	}

	static long of(GenerationRequest request) {
		StringBuilder text = new StringBuilder(256).append(request.model()).append('\u0000');
		for (GenerationRequest.Message message : request.messages()) {
			text.append(message.role())
				.append('\u0001')
				.append(message.text())
				.append('\u0001')
				.append(message.name())
				.append('\u0001')
				.append(message.toolCallId())
				.append('\u0001');
			message.parts().forEach((part) -> text.append(part.wireType()).append(part.url()).append(part.data()));
			message.toolCalls().forEach((call) -> text.append(call.id()).append(call.name()).append(call.arguments()));
			text.append('\u0000');
		}
		request.tools().forEach((tool) -> text.append(tool.name()).append(tool.parameters().toString()));
		GenerationRequest.ToolChoice choice = request.toolChoice();
		text.append("ToolChoice[mode=")
			.append(choice.mode())
			.append(", function=")
			.append(choice.function())
			.append(']');
		if (!choice.allowed().isEmpty()) {
			text.append(choice.allowed());
		}
		text.append(request.responseFormat().type());
		if (request.responseFormat().schema() != null) {
			text.append(request.responseFormat().schema().toString());
		}
		text.append(request.stop())
			.append(request.prediction())
			.append(request.reasoningEffort())
			.append(request.maxCompletionTokens())
			.append(request.maxTokens())
			.append(request.logprobs())
			.append(request.topLogprobs())
			.append(request.temperature())
			.append(request.topP());
		if (request.reasoningSummary() != null) {
			text.append(request.reasoningSummary());
		}
		long hash = FNV_OFFSET;
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * FNV_PRIME;
		}
		return mix(hash);
	}

	/**
	 * SplitMix64's finalizer: spreads any input over all 64 bits.
	 * @param value the input
	 * @return the mixed value
	 */
	static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
