@NullMarked
package dev.fakeai.streaming;

import org.jspecify.annotations.NullMarked;
