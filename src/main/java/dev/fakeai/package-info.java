@NullMarked
package dev.fakeai;

import org.jspecify.annotations.NullMarked;
