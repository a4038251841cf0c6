package dev.fakeai.moderations;

/**
 * One input a moderation result is given for: a string, or the text and images of a
 * multimodal input.
 *
 * @param text its text, parts joined
 * @param hasText whether it has text
 * @param images how many images it has
 */
record ModerationInput(String text, boolean hasText, int images) {
}
