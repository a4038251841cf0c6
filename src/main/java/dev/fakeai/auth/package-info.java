@NullMarked
package dev.fakeai.auth;

import org.jspecify.annotations.NullMarked;
