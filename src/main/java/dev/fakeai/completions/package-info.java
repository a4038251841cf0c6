/**
 * Legacy completions ({@code /v1/completions}): wire records, the parser into the
 * engine's request (one per prompt), and the renderers of its replies as a completion or
 * a stream.
 */
@NullMarked
package dev.fakeai.completions;

import org.jspecify.annotations.NullMarked;
