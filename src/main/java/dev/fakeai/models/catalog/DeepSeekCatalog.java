package dev.fakeai.models.catalog;

import static dev.fakeai.models.Capability.COMPLETION;
import static dev.fakeai.models.Capability.KV_CACHE;
import static dev.fakeai.models.Capability.PARALLEL_TOOL_CALLS;
import static dev.fakeai.models.Capability.REASONING;
import static dev.fakeai.models.Capability.REASONING_CONTENT;
import static dev.fakeai.models.Capability.STRUCTURED_OUTPUTS;
import static dev.fakeai.models.CapabilityPresets.CHAT_ONLY;
import static dev.fakeai.models.CapabilityPresets.REASONING_CHAT;
import static dev.fakeai.models.CapabilityPresets.TOOLS;
import static dev.fakeai.models.catalog.Catalogs.model;

import java.util.List;

import dev.fakeai.models.LatencyPresets;
import dev.fakeai.models.LatencyProfile;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;

import org.springframework.stereotype.Component;

/**
 * DeepSeek's models (8), with the facts of the reference catalog of 2026-11-26.
 */
@Component
class DeepSeekCatalog implements ModelCatalog {

	@Override
	public String provider() {
		return "deepseek";
	}

	@Override
	public List<ModelDefinition> models() {
		return Catalogs.build(provider(),
				model("deepseek-chat", "deepseek", 1_735_171_200L).released("2024-12-26")
					.displayName("DeepSeek Chat (non-thinking)")
					.family("deepseek")
					.features(TOOLS, COMPLETION, PARALLEL_TOOL_CALLS, KV_CACHE)
					.limits(1_000_000, 384_000)
					.latency(LatencyProfile.of(0.817, 93.3))
					.moe(284_000_000_000L, 13_000_000_000L, null, null)
					.pricing(0.14, 0.28, 0.0028)
					.retired("2026-07-24", "deepseek-flash"),
				model("deepseek-reasoner", "deepseek", 1_737_331_200L).released("2025-01-20")
					.displayName("DeepSeek Reasoner (thinking)")
					.family("deepseek")
					.features(TOOLS, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(1_000_000, 384_000)
					.latency(LatencyProfile.of(1.012, 94.3))
					.moe(284_000_000_000L, 13_000_000_000L, null, null)
					.pricing(0.14, 0.28, 0.0028)
					.retired("2026-07-24", "deepseek-flash"),
				model("deepseek-v4-pro", "deepseek", 1_776_988_800L).released("2026-04-24")
					.displayName("DeepSeek V4 Pro")
					.family("deepseek-v4")
					.features(REASONING_CHAT, COMPLETION, REASONING_CONTENT, KV_CACHE)
					.limits(1_000_000, 384_000)
					.latency(LatencyProfile.of(1.072, 57.0))
					.moe(1_600_000_000_000L, 49_000_000_000L, null, null)
					.pricing(0.435, 0.87, 0.003625)
					.snapshot("DeepSeek-V4-Pro-0813")
					.aliases("DeepSeek-V4-Pro-0813", "deepseek-ai/DeepSeek-V4-Pro"),
				model("deepseek-ai/DeepSeek-V3", "deepseek-ai", 1_735_171_200L).released("2024-12-26")
					.displayName("DeepSeek-V3")
					.family("deepseek-v3")
					.features(TOOLS, COMPLETION, STRUCTURED_OUTPUTS, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.LARGE)
					.moe(671_000_000_000L, 37_000_000_000L, 256, 8)
					.aliases("deepseek-ai/DeepSeek-V3-0324"),
				model("deepseek-ai/DeepSeek-R1", "deepseek-ai", 1_737_331_200L).released("2025-01-20")
					.displayName("DeepSeek-R1")
					.family("deepseek-r1")
					.features(CHAT_ONLY, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.REASONING)
					.moe(671_000_000_000L, 37_000_000_000L, 256, 8)
					.aliases("deepseek-ai/DeepSeek-R1-0528"),
				model("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "deepseek-ai", 1_737_331_200L).released("2025-01-20")
					.displayName("DeepSeek-R1-Distill-Qwen-32B")
					.family("deepseek-r1-distill")
					.features(CHAT_ONLY, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.REASONING)
					.parameters(32_000_000_000L),
				model("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "deepseek-ai", 1_737_331_200L).released("2025-01-20")
					.displayName("DeepSeek-R1-Distill-Llama-70B")
					.family("deepseek-r1-distill")
					.features(CHAT_ONLY, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyProfile.of(0.45, 30.6))
					.parameters(70_000_000_000L),
				model("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "deepseek-ai", 1_737_331_200L).released("2025-01-20")
					.displayName("DeepSeek-R1-Distill-Llama-8B")
					.family("deepseek-r1-distill")
					.features(CHAT_ONLY, COMPLETION, REASONING, REASONING_CONTENT, KV_CACHE)
					.limits(131_072, 32_768)
					.latency(LatencyPresets.SMALL)
					.parameters(8_000_000_000L));
	}

}
