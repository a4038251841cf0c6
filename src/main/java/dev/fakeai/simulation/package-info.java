@NullMarked
package dev.fakeai.simulation;

import org.jspecify.annotations.NullMarked;
