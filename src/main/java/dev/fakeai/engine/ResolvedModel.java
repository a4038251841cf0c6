package dev.fakeai.engine;

import dev.fakeai.models.ModelDefinition;

/**
 * The model a request named, as the registry resolved it.
 *
 * @param model the model
 * @param responseName the name a response gives it (a dated snapshot for an alias)
 * @param delayNanos how long the model takes to answer: its time to first token, scaled
 * or overridden as the request's latency asks
 */
public record ResolvedModel(ModelDefinition model, String responseName, long delayNanos) {
}
