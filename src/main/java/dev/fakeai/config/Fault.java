package dev.fakeai.config;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A failure injected into an answer, as OpenAI or its load balancer presents it. Named in
 * the {@code X-FakeAI-Fault} header, a {@code fakeai.faults.rules} rule or a fixture's
 * {@code fault}.
 */
enum Fault {

	/** 429, OpenAI's requests-per-minute rate-limit body. */
	RATE_LIMIT("429"),
	/** 500, OpenAI's server error with the request id. */
	SERVER_ERROR("500"),
	/** 502, the load balancer's JSON body. */
	BAD_GATEWAY("502"),
	/** 503, OpenAI's overloaded body. */
	OVERLOADED("503"),
	/**
	 * No answer until the client gives up (bounded by {@code fakeai.faults.timeout-max}).
	 */
	TIMEOUT("timeout"),
	/** The connection closed before any byte of an answer. */
	DISCONNECT("disconnect"),
	/** An error frame after some chunks, then the stream ends. */
	STREAM_ERROR("stream-error"),
	/** The connection dropped mid-answer: no {@code [DONE]}, no end. */
	STREAM_CUT("stream-cut"),
	/** The first byte after a delay ({@code X-FakeAI-Fault-Delay-Ms}). */
	SLOW("slow");

	private final String wireName;

	Fault(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	/**
	 * A fault by its name.
	 * @param name the name, in any case
	 * @return the fault, or {@code null} when there is none of that name
	 */
	static @Nullable Fault of(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		for (Fault fault : values()) {
			if (fault.wireName.equals(wanted)) {
				return fault;
			}
		}
		return null;
	}

	static String names() {
		StringBuilder names = new StringBuilder();
		for (Fault fault : values()) {
			names.append((names.isEmpty()) ? "" : ", ").append(fault.wireName);
		}
		return names.toString();
	}

}
