package dev.fakeai.simulation;

/**
 * One token of generated text: its text and its UTF-8 bytes (a token may hold part of a
 * multi-byte character, so the bytes are the truth).
 *
 * @param text the token decoded on its own
 * @param bytes the token's bytes
 */
public record Token(String text, byte[] bytes) {
}
