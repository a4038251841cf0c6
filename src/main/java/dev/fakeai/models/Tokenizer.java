package dev.fakeai.models;

/**
 * The tokenizer a model's token counts follow. OpenAI's current families use
 * {@code o200k_base}, older ones {@code cl100k_base}; other providers' tokenizers are not
 * published as tiktoken encodings and are approximated by {@code cl100k_base}
 * ({@code docs/chat.md}).
 */
public enum Tokenizer {

	/** gpt-4o, gpt-4.1, gpt-5, o-series, gpt-oss. */
	O200K_BASE,
	/**
	 * gpt-4, gpt-3.5-turbo, text-embedding-3, and the approximation for other providers.
	 */
	CL100K_BASE

}
