/**
 * Embeddings ({@code /v1/embeddings}): wire records, the parser of a request's inputs,
 * and the renderer of their vectors as floats or base64.
 */
@NullMarked
package dev.fakeai.embeddings;

import org.jspecify.annotations.NullMarked;
