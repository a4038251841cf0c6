@NullMarked
package dev.fakeai.errors;

import org.jspecify.annotations.NullMarked;
