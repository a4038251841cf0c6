@NullMarked
package dev.fakeai.models;

import org.jspecify.annotations.NullMarked;
