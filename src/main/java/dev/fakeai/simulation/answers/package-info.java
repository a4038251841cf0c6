/**
 * Answers that follow simple instructions and know simple facts: a chain of skills in
 * front of the text composer, each deciding from the conversation whether it applies; the
 * tools a request asks for and the values their arguments take from the prompt; the
 * fields a JSON answer takes from it. Deterministic, data from resource files, and never
 * an answer to what a skill does not know.
 */
@NullMarked
package dev.fakeai.simulation.answers;

import org.jspecify.annotations.NullMarked;
