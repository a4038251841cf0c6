package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.AUDIO_INPUT;
import static dev.fakeai.models.Capability.AUDIO_OUTPUT;
import static dev.fakeai.models.Capability.CHAT;
import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.FINE_TUNING;
import static dev.fakeai.models.Capability.FUNCTION_CALLING;
import static dev.fakeai.models.Capability.IMAGE_GENERATION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.LOGPROBS;
import static dev.fakeai.models.Capability.PARALLEL_TOOL_CALLS;
import static dev.fakeai.models.Capability.PREDICTED_OUTPUTS;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.REASONING_CONTENT;
import static dev.fakeai.models.Capability.SPEECH;
import static dev.fakeai.models.Capability.STOP_SEQUENCES;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.Capability.SUFFIX;
import static dev.fakeai.models.Capability.SYSTEM_FINGERPRINT;
import static dev.fakeai.models.Capability.SYSTEM_MESSAGES;
import static dev.fakeai.models.Capability.TRANSCRIPTION;
import static dev.fakeai.models.Capability.VISION;
import static dev.fakeai.models.CapabilityPresets.BASE;
import static dev.fakeai.models.CapabilityPresets.EMBEDDING;
import static dev.fakeai.models.CapabilityPresets.MODERATIONS;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.CapabilityPresets.VISION_CHAT;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fakeai.models.ImageSpec;
import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.Pricing;
import dev.fakeai.models.SpeechSpec;
import dev.fakeai.models.Tokenizer;
import dev.fakeai.models.TranscriptionSpec;

import org.springframework.stereotype.Component;

/**
 * OpenAI's models (32), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class OpenAiCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "openai";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("gpt-4o", "system", 1_715_367_049L).released("2024-05-13")
					.displayName("GPT-4o")
					.family("gpt-4o")
					.features(VISION_CHAT, PREDICTED_OUTPUTS, FINE_TUNING, KV_CACHE)
					.limits(128_000, 16_384)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.451, 208.5))
					.pricing(2.5, 10.0, 1.25)
					.snapshot("gpt-4o-2024-08-06")
					.aliases("gpt-4o-2024-08-06", "gpt-4o-2024-11-20", "gpt-4o-2024-05-13")
					.deprecated("2027-01-14", "gpt-6-luna"),
				model("gpt-4o-mini", "system", 1_721_172_741L).released("2024-07-18")
					.displayName("GPT-4o mini")
					.family("gpt-4o")
					.features(VISION_CHAT, PREDICTED_OUTPUTS, FINE_TUNING, KV_CACHE)
					.limits(128_000, 16_384)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.602, 74.2))
					.pricing(0.15, 0.6, 0.075)
					.snapshot("gpt-4o-mini-2024-07-18")
					.aliases("gpt-4o-mini-2024-07-18")
					.deprecated("2027-01-14", "gpt-6-luna"),
				model("gpt-4-turbo", "system", 1_712_361_441L).released("2024-04-09")
					.displayName("GPT-4 Turbo")
					.family("gpt-4")
					.features(TOOLS, PARALLEL_TOOL_CALLS, VISION)
					.limits(128_000, 4_096)
					.latency(LatencyProfile.of(1.284, 38.3))
					.pricing(10.0, 30.0, null)
					.snapshot("gpt-4-turbo-2024-04-09")
					.aliases("gpt-4-turbo-2024-04-09")
					.deprecated("2026-10-23", "gpt-5.6-sol"),
				model("gpt-4", "openai", 1_687_882_411L).released("2023-06-13")
					.displayName("GPT-4")
					.family("gpt-4")
					.features(BASE, CHAT, FUNCTION_CALLING, STOP_SEQUENCES, SYSTEM_MESSAGES, LOGPROBS,
							SYSTEM_FINGERPRINT)
					.limits(8_192, 8_192)
					.latency(LatencyPresets.XLARGE)
					.pricing(30.0, 60.0, null)
					.snapshot("gpt-4-0613")
					.aliases("gpt-4-0613")
					.deprecated("2026-10-23", "gpt-5.6-sol"),
				model("gpt-3.5-turbo", "openai", 1_677_610_602L).released("2024-01-25")
					.displayName("GPT-3.5 Turbo")
					.family("gpt-3.5")
					.features(TOOLS, PARALLEL_TOOL_CALLS, FINE_TUNING)
					.limits(16_385, 4_096)
					.latency(LatencyProfile.of(0.613, 146.2))
					.pricing(0.5, 1.5, null)
					.snapshot("gpt-3.5-turbo-0125")
					.aliases("gpt-3.5-turbo-0125")
					.deprecated("2026-10-23", "gpt-5.6-terra"),
				model("gpt-3.5-turbo-instruct", "system", 1_692_901_427L).released("2023-09-18")
					.displayName("GPT-3.5 Turbo Instruct")
					.family("gpt-3.5")
					.features(BASE, COMPLETION, STOP_SEQUENCES, LOGPROBS, SYSTEM_FINGERPRINT, SUFFIX)
					.limits(4_096, 4_096)
					.latency(LatencyPresets.MEDIUM)
					.pricing(1.5, 2.0, null)
					.aliases("gpt-3.5-turbo-instruct-0914")
					.metadata("lifecycle", "legacy"),
				model("gpt-4.1", "system", 1_744_316_542L).released("2025-04-14")
					.displayName("GPT-4.1")
					.family("gpt-4.1")
					.features(VISION_CHAT, FINE_TUNING, KV_CACHE)
					.limits(1_047_576, 32_768)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.595, 130.6))
					.pricing(2.0, 8.0, 0.5)
					.snapshot("gpt-4.1-2025-04-14")
					.aliases("gpt-4.1-2025-04-14")
					.deprecated("2027-01-14", "gpt-6-luna"),
				model("gpt-4.1-mini", "system", 1_744_318_173L).released("2025-04-14")
					.displayName("GPT-4.1 mini")
					.family("gpt-4.1")
					.features(VISION_CHAT, FINE_TUNING, KV_CACHE)
					.limits(1_047_576, 32_768)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.63, 87.1))
					.pricing(0.4, 1.6, 0.1)
					.snapshot("gpt-4.1-mini-2025-04-14")
					.aliases("gpt-4.1-mini-2025-04-14")
					.deprecated("2027-01-14", "gpt-6-luna"),
				model("gpt-4.1-nano", "system", 1_744_321_707L).released("2025-04-14")
					.displayName("GPT-4.1 nano")
					.family("gpt-4.1")
					.features(VISION_CHAT, FINE_TUNING, KV_CACHE)
					.limits(1_047_576, 32_768)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.521, 184.5))
					.pricing(0.1, 0.4, 0.025)
					.snapshot("gpt-4.1-nano-2025-04-14")
					.aliases("gpt-4.1-nano-2025-04-14")
					.deprecated("2026-10-23", "gpt-5.6-luna"),
				model("gpt-5", "system", 1_754_425_777L).released("2025-08-07")
					.displayName("GPT-5")
					.family("gpt-5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.without(STOP_SEQUENCES, LOGPROBS, SYSTEM_FINGERPRINT)
					.limits(400_000, 128_000)
					.maxInputTokens(272_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(91.7))
					.pricing(1.25, 10.0, 0.125)
					.snapshot("gpt-5-2025-08-07")
					.aliases("gpt-5-2025-08-07")
					.deprecated("2026-12-11", "gpt-5.6-sol"),
				model("gpt-5-mini", "system", 1_754_425_928L).released("2025-08-07")
					.displayName("GPT-5 mini")
					.family("gpt-5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.without(STOP_SEQUENCES, LOGPROBS, SYSTEM_FINGERPRINT)
					.limits(400_000, 128_000)
					.maxInputTokens(272_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(106.0))
					.pricing(0.25, 2.0, 0.025)
					.snapshot("gpt-5-mini-2025-08-07")
					.aliases("gpt-5-mini-2025-08-07")
					.deprecated("2026-12-11", "gpt-5.6-terra"),
				model("gpt-5-nano", "system", 1_754_426_384L).released("2025-08-07")
					.displayName("GPT-5 nano")
					.family("gpt-5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.without(STOP_SEQUENCES, LOGPROBS, SYSTEM_FINGERPRINT)
					.limits(400_000, 128_000)
					.maxInputTokens(272_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(138.8))
					.pricing(0.05, 0.4, 0.005)
					.snapshot("gpt-5-nano-2025-08-07")
					.aliases("gpt-5-nano-2025-08-07")
					.deprecated("2026-12-11", "gpt-5.6-luna"),
				model("gpt-5.5", "system", 1_776_902_400L).released("2026-04-23")
					.displayName("GPT-5.5")
					.family("gpt-5")
					.features(VISION_CHAT, REASONING, KV_CACHE)
					.without(LOGPROBS, SYSTEM_FINGERPRINT)
					.limits(1_050_000, 128_000)
					.maxInputTokens(922_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(91.9))
					.pricing(5.0, 30.0, 0.5)
					.snapshot("gpt-5.5-2026-04-23")
					.aliases("gpt-5.5-2026-04-23"),
				model("o1", "system", 1_734_375_816L).released("2024-12-17")
					.displayName("o1")
					.family("o-series")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, REASONING, KV_CACHE)
					.without(LOGPROBS)
					.limits(200_000, 100_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(122.2))
					.pricing(15.0, 60.0, 7.5)
					.snapshot("o1-2024-12-17")
					.aliases("o1-2024-12-17")
					.deprecated("2026-10-23", "gpt-5.6-sol"),
				model("o1-mini", "system", 1_725_649_008L).released("2024-09-12")
					.displayName("o1-mini")
					.family("o-series")
					.features(BASE, CHAT, REASONING, STOP_SEQUENCES, SYSTEM_FINGERPRINT, KV_CACHE)
					.limits(128_000, 65_536)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.REASONING)
					.pricing(1.1, 4.4, 0.55)
					.snapshot("o1-mini-2024-09-12")
					.aliases("o1-mini-2024-09-12")
					.retired(null, "o4-mini"),
				model("o3", "system", 1_744_225_308L).released("2025-04-16")
					.displayName("o3")
					.family("o-series")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, REASONING, KV_CACHE)
					.without(STOP_SEQUENCES, LOGPROBS)
					.limits(200_000, 100_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(136.1))
					.pricing(2.0, 8.0, 0.5)
					.snapshot("o3-2025-04-16")
					.aliases("o3-2025-04-16")
					.deprecated("2026-12-11", "gpt-5.6-sol"),
				model("o3-mini", "system", 1_737_146_383L).released("2025-01-31")
					.displayName("o3-mini")
					.family("o-series")
					.features(TOOLS, STRUCTURED_OUTPUTS, REASONING, KV_CACHE)
					.without(LOGPROBS)
					.limits(200_000, 100_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(227.0))
					.pricing(1.1, 4.4, 0.55)
					.snapshot("o3-mini-2025-01-31")
					.aliases("o3-mini-2025-01-31")
					.deprecated("2026-10-23", "gpt-5.6-sol"),
				model("o4-mini", "system", 1_744_225_351L).released("2025-04-16")
					.displayName("o4-mini")
					.family("o-series")
					.features(TOOLS, STRUCTURED_OUTPUTS, VISION, REASONING, FINE_TUNING, KV_CACHE)
					.without(STOP_SEQUENCES, LOGPROBS)
					.limits(200_000, 100_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.reasoning(155.6))
					.pricing(1.1, 4.4, 0.275)
					.snapshot("o4-mini-2025-04-16")
					.aliases("o4-mini-2025-04-16")
					.deprecated("2026-10-23", "gpt-5.6-terra"),
				model("openai/gpt-oss-120b", "openai", 1_754_352_000L).released("2025-08-05")
					.displayName("gpt-oss-120b")
					.family("gpt-oss")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.513, 277.5))
					.moe(117_000_000_000L, 5_100_000_000L, 128, 4)
					.aliases("gpt-oss-120b"),
				model("openai/gpt-oss-20b", "openai", 1_754_352_000L).released("2025-08-05")
					.displayName("gpt-oss-20b")
					.family("gpt-oss")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyProfile.of(0.461, 264.9))
					.moe(21_000_000_000L, 3_600_000_000L, 32, 4)
					.aliases("gpt-oss-20b"),
				model("text-embedding-3-small", "system", 1_705_948_997L).released("2024-01-25")
					.displayName("text-embedding-3-small")
					.family("text-embedding-3")
					.features(EMBEDDING)
					.limits(8_191, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(1536, true, null)
					.pricing(0.02, 0.0, null),
				model("text-embedding-3-large", "system", 1_705_953_180L).released("2024-01-25")
					.displayName("text-embedding-3-large")
					.family("text-embedding-3")
					.features(EMBEDDING)
					.limits(8_191, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(3072, true, null)
					.pricing(0.13, 0.0, null),
				model("text-embedding-ada-002", "openai-internal", 1_671_217_299L).released("2022-12-15")
					.displayName("text-embedding-ada-002")
					.family("text-embedding-ada")
					.features(EMBEDDING)
					.limits(8_191, 0)
					.maxBatchSize(2_048)
					.latency(LatencyPresets.SMALL)
					.embeddings(1536, false, null)
					.pricing(0.1, 0.0, null)
					.snapshot("text-embedding-ada-002-v2")
					.aliases("text-embedding-ada-002-v2"),
				model("omni-moderation-latest", "system", 1_731_689_265L).released("2024-09-26")
					.displayName("omni-moderation-latest")
					.family("moderation")
					.features(MODERATIONS, VISION)
					.limits(32_768, 0)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.SMALL)
					.pricing(0.0, 0.0, null)
					.snapshot("omni-moderation-2024-09-26")
					.aliases("omni-moderation-2024-09-26"),
				model("text-moderation-latest", "openai-internal", 1_660_089_600L).displayName("text-moderation-latest")
					.family("moderation")
					.features(MODERATIONS)
					.limits(32_768, 0)
					.latency(LatencyPresets.SMALL)
					.pricing(0.0, 0.0, null)
					.aliases("text-moderation-stable", "text-moderation-007")
					.retired("2025-10-27", "omni-moderation-latest"),
				model("whisper-1", "openai-internal", 1_677_532_384L).released("2023-03-01")
					.displayName("Whisper")
					.family("whisper")
					.features(Set.of(AUDIO_INPUT, TRANSCRIPTION))
					.transcription(TranscriptionSpec.WHISPER)
					.limits(4_096, 0)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(null, null, null, Map.of("per_second_usd", 0.0001)))
					.deprecated("2027-02-26", "gpt-transcribe"),
				model("gpt-4o-transcribe", "system", 1_742_068_463L).released("2025-03-20")
					.displayName("GPT-4o Transcribe")
					.family("gpt-4o")
					.features(BASE, AUDIO_INPUT, TRANSCRIPTION)
					.transcription(TranscriptionSpec.GPT_TRANSCRIBE)
					.limits(16_000, 2_000)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.MEDIUM)
					.pricing(2.5, 10.0, null)
					.deprecated("2027-02-26", "gpt-transcribe"),
				model("tts-1", "openai-internal", 1_681_940_951L).released("2023-11-06")
					.displayName("TTS-1")
					.family("tts")
					.features(Set.of(AUDIO_OUTPUT, SPEECH))
					.speech(SpeechSpec.TTS_1)
					.limits(4_096, 0)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(null, null, null, Map.of("per_million_characters_usd", 15.0)))
					.aliases("tts-1-1106")
					.deprecated("2027-01-06", null),
				model("tts-1-hd", "system", 1_699_046_015L).released("2023-11-06")
					.displayName("TTS-1 HD")
					.family("tts")
					.features(Set.of(AUDIO_OUTPUT, SPEECH))
					.speech(SpeechSpec.TTS_1)
					.limits(4_096, 0)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(null, null, null, Map.of("per_million_characters_usd", 30.0)))
					.aliases("tts-1-hd-1106")
					.deprecated("2027-01-06", null),
				model("gpt-4o-mini-tts", "system", 1_742_403_959L).released("2025-03-20")
					.displayName("GPT-4o mini TTS")
					.family("gpt-4o")
					.features(Set.of(AUDIO_OUTPUT, SPEECH))
					.speech(SpeechSpec.GPT_TTS)
					.limits(4_096, 0)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(2.5, 10.0, null, Map.of("audio_output_per_million_tokens_usd", 12.0)))
					.aliases("gpt-4o-mini-tts-2025-03-20")
					.deprecated("2027-01-06", null),
				model("dall-e-3", "system", 1_698_785_189L).released("2023-11-06")
					.displayName("DALL\u00b7E 3")
					.family("dall-e")
					.features(Set.of(IMAGE_GENERATION))
					.images(ImageSpec.DALL_E_3)
					.limits(4_096, 0)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(null, null, null, Map.of("per_image_usd_1024_standard", 0.04)))
					.retired("2026-05-12", "gpt-image-1"),
				model("gpt-image-1", "system", 1_745_517_030L).released("2025-04-23")
					.displayName("GPT Image 1")
					.family("gpt-image")
					.features(Set.of(VISION, IMAGE_GENERATION))
					.images(ImageSpec.GPT_IMAGE)
					.limits(4_096, 0)
					.tokenizer(Tokenizer.O200K_BASE)
					.latency(LatencyPresets.MEDIUM)
					.pricing(new Pricing(5.0, null, 1.25,
							Map.of("image_input_per_million_tokens_usd", 10.0, "image_output_per_million_tokens_usd",
									40.0)))
					.deprecated("2026-10-23", null));
	}

}
