@NullMarked
package dev.fakeai.delivery;

import org.jspecify.annotations.NullMarked;
