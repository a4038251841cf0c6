/**
 * Moderations ({@code /v1/moderations}): wire records, the parser of a request's inputs,
 * and the renderer of each input's scores from the moderation lexicon.
 */
@NullMarked
package dev.fakeai.moderations;

import org.jspecify.annotations.NullMarked;
