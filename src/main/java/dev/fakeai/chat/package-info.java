@NullMarked
package dev.fakeai.chat;

import org.jspecify.annotations.NullMarked;
