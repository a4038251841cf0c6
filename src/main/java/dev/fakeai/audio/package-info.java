/**
 * The audio API: {@code /v1/audio/speech} (its request, the rules of the model's
 * {@link dev.fakeai.models.SpeechSpec}, the audio file or its server-sent events).
 */
@NullMarked
package dev.fakeai.audio;

import org.jspecify.annotations.NullMarked;
