/**
 * The API-neutral generation engine: resolves the model, applies what its capabilities
 * allow, counts the prompt, generates the choices and plans their timing. API packages
 * parse their wire format into a {@link dev.fakeai.engine.GenerationRequest} and render
 * the {@link dev.fakeai.engine.Reply}; the engine knows no wire format.
 */
@NullMarked
package dev.fakeai.engine;

import org.jspecify.annotations.NullMarked;
