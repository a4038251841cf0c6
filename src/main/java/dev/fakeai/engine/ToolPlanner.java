package dev.fakeai.engine;

import java.util.ArrayList;
import java.util.List;

import dev.fakeai.simulation.answers.ToolMatcher;

/**
 * Decides which tools an assistant turn calls, and for which part of the request.
 * {@code none}: none. A named function: that one. {@code required}: the tools that fit,
 * else the first offered. {@code auto}: the tools that fit the request
 * ({@link ToolMatcher}: names split on camelCase, snake_case and kebab-case, stems, words
 * that name the same need), and none once the conversation's last message is a tool
 * result, so agent loops end. One call unless parallel calls are allowed and the model
 * supports them (then one per thing asked, up to {@value #MAX_PARALLEL}). Only the
 * allowed tools are considered, when the choice names some.
 */
final class ToolPlanner {

	static final int MAX_PARALLEL = 5;

	/**
	 * One call to make.
	 *
	 * @param tool the tool
	 * @param clause the part of the request it is for (its arguments come from there)
	 */
	record Planned(GenerationRequest.Tool tool, String clause) {
	}

	private ToolPlanner() {
	}

	static List<Planned> toolsToCall(GenerationRequest request, boolean parallel) {
		GenerationRequest.ToolChoice choice = request.toolChoice();
		List<GenerationRequest.Tool> tools = request.tools()
			.stream()
			.filter((tool) -> choice.allows(tool.name()))
			.toList();
		if (tools.isEmpty() || choice.mode() == GenerationRequest.ToolChoice.Mode.NONE) {
			return List.of();
		}
		String prompt = lastUserText(request);
		if (choice.mode() == GenerationRequest.ToolChoice.Mode.FUNCTION) {
			return tools.stream()
				.filter((tool) -> tool.name().equals(choice.function()))
				.limit(1)
				.map((tool) -> new Planned(tool, prompt))
				.toList();
		}
		String lastRole = request.messages().get(request.messages().size() - 1).role();
		boolean afterToolResult = lastRole.equals("tool") || lastRole.equals("function");
		if (choice.mode() == GenerationRequest.ToolChoice.Mode.AUTO && afterToolResult) {
			return List.of();
		}
		List<ToolMatcher.Offered> offered = new ArrayList<>();
		for (GenerationRequest.Tool tool : tools) {
			offered.add(new ToolMatcher.Offered(tool.name(), tool.description()));
		}
		List<Planned> planned = new ArrayList<>();
		for (ToolMatcher.Call call : ToolMatcher.match(prompt, offered, parallel ? MAX_PARALLEL : 1)) {
			planned.add(new Planned(tools.get(call.tool()), call.clause()));
		}
		if (planned.isEmpty() && choice.mode() == GenerationRequest.ToolChoice.Mode.REQUIRED) {
			planned.add(new Planned(tools.get(0), prompt));
		}
		return planned;
	}

	static String lastUserText(GenerationRequest request) {
		List<GenerationRequest.Message> messages = request.messages();
		for (int i = messages.size() - 1; i >= 0; i--) {
			if ("user".equals(messages.get(i).role())) {
				return messages.get(i).text();
			}
		}
		return messages.get(messages.size() - 1).text();
	}

}
