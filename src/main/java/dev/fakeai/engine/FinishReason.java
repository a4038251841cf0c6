package dev.fakeai.engine;

import java.util.Locale;

/** Why a choice ended; each prints as its wire name. */
public enum FinishReason {

	/** The answer is complete, or a stop sequence cut it. */
	STOP,
	/** The output limit cut it. */
	LENGTH,
	/** It ends in tool calls. */
	TOOL_CALLS,
	/** A content filter stopped it (only scripted by a fixture). */
	CONTENT_FILTER;

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
