/**
 * The Responses API ({@code /v1/responses}): wire records, the parser into the engine's
 * request, the renderers of its reply (a response, its stream of events), and the bounded
 * store that retrieval, continuation and background responses read.
 */
@NullMarked
package dev.fakeai.responses;

import org.jspecify.annotations.NullMarked;
