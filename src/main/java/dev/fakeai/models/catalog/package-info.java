@NullMarked
package dev.fakeai.models.catalog;

import org.jspecify.annotations.NullMarked;
