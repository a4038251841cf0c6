package dev.fakeai.simulation.answers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as the skills read it: its turns in order, each with its role and text;
 * a tool result also with the tool's name and the arguments it was called with.
 *
 * @param turns the turns, oldest first
 */
public record Conversation(List<Turn> turns) {

	public Conversation {
		turns = List.copyOf(turns);
	}

	/**
	 * One turn.
	 *
	 * @param role {@code system}, {@code developer}, {@code user}, {@code assistant} or
	 * {@code tool}
	 * @param text its text
	 * @param toolName the tool whose result a tool turn holds
	 * @param toolArguments the arguments (JSON text) that tool was called with
	 */
	public record Turn(String role, String text, @Nullable String toolName, @Nullable String toolArguments) {

		/**
		 * A turn that is not a tool result.
		 * @param role its role
		 * @param text its text
		 * @return the turn
		 */
		public static Turn of(String role, String text) {
			return new Turn(role, text, null, null);
		}

		boolean isTool() {
			return this.role.equals("tool") || this.role.equals("function");
		}

	}

	/** The last user turn's text, or the empty text. */
	String lastUser() {
		for (int i = this.turns.size() - 1; i >= 0; i--) {
			if (this.turns.get(i).role().equals("user")) {
				return this.turns.get(i).text();
			}
		}
		return "";
	}

	/** The system and developer instructions, joined. */
	String instructions() {
		StringBuilder text = new StringBuilder();
		for (Turn turn : this.turns) {
			if (turn.role().equals("system") || turn.role().equals("developer")) {
				text.append(turn.text()).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * The tool results that end the conversation, in order (none if it ends otherwise).
	 */
	List<Turn> trailingToolResults() {
		int start = this.turns.size();
		while (start > 0 && this.turns.get(start - 1).isTool()) {
			start--;
		}
		return this.turns.subList(start, this.turns.size());
	}

	/** The user turns' texts, oldest first, the last one included. */
	List<String> userTexts() {
		return this.turns.stream().filter((turn) -> turn.role().equals("user")).map(Turn::text).toList();
	}

}
