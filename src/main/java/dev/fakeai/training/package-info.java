/**
 * The training run: a start that sends real requests to every endpoint and exits, so a
 * JDK 25 AOT cache records what serving needs (docs/deployment.md, fast start).
 */
@NullMarked
package dev.fakeai.training;

import org.jspecify.annotations.NullMarked;
