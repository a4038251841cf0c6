package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.fakeai.simulation.PromptTopic;

/**
 * Decides which tools an assistant turn calls. {@code none}: none. A named function: that
 * one. {@code required}: the most relevant tools, at least one. {@code auto}: the tools
 * whose name or description shares a word with the prompt, and none once the
 * conversation's last message is a tool result, so agent loops end. One call unless
 * parallel calls are allowed and the model supports them (then up to three). Only the
 * allowed tools are considered, when the choice names some.
 */
final class ToolPlanner {

	static final int MAX_PARALLEL = 3;

	private ToolPlanner() {
	}

	static List<GenerationRequest.Tool> toolsToCall(GenerationRequest request, PromptTopic topic, boolean parallel) {
		GenerationRequest.ToolChoice choice = request.toolChoice();
		List<GenerationRequest.Tool> tools = request.tools()
			.stream()
			.filter((tool) -> choice.allows(tool.name()))
			.toList();
		if (tools.isEmpty() || choice.mode() == GenerationRequest.ToolChoice.Mode.NONE) {
			return List.of();
		}
		if (choice.mode() == GenerationRequest.ToolChoice.Mode.FUNCTION) {
			return tools.stream().filter((tool) -> tool.name().equals(choice.function())).limit(1).toList();
		}
		boolean afterToolResult = lastRole(request).equals("tool") || lastRole(request).equals("function");
		if (choice.mode() == GenerationRequest.ToolChoice.Mode.AUTO && afterToolResult) {
			return List.of();
		}
		List<GenerationRequest.Tool> relevant = relevant(tools, topic);
		if (relevant.isEmpty()) {
			relevant = choice.mode() == GenerationRequest.ToolChoice.Mode.REQUIRED ? List.of(tools.get(0)) : List.of();
		}
		return relevant.subList(0, Math.min(relevant.size(), parallel ? MAX_PARALLEL : 1));
	}

	private static String lastRole(GenerationRequest request) {
		return request.messages().get(request.messages().size() - 1).role();
	}

	private static List<GenerationRequest.Tool> relevant(List<GenerationRequest.Tool> tools, PromptTopic topic) {
		Set<String> words = Set.copyOf(topic.keywords().stream().map(ToolPlanner::stem).toList());
		List<ScoredTool> scored = new ArrayList<>();
		for (int i = 0; i < tools.size(); i++) {
			GenerationRequest.Tool tool = tools.get(i);
			int score = 0;
			for (String word : (tool.name() + " " + tool.description()).split("[^\\p{L}\\p{N}]+|_")) {
				if (word.length() >= 3 && words.contains(stem(word))) {
					score++;
				}
			}
			if (score > 0) {
				scored.add(new ScoredTool(tool, score, i));
			}
		}
		scored.sort(Comparator.comparingInt(ScoredTool::score).reversed().thenComparingInt(ScoredTool::order));
		return scored.stream().map(ScoredTool::tool).toList();
	}

	private static String stem(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return (lower.endsWith("s") && lower.length() > 3) ? lower.substring(0, lower.length() - 1) : lower;
	}

	private record ScoredTool(GenerationRequest.Tool tool, int score, int order) {
	}

}
