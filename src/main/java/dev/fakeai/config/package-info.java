@NullMarked
package dev.fakeai.config;

import org.jspecify.annotations.NullMarked;
