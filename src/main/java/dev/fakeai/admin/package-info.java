/**
 * The admin API under {@code /__admin}, kept out of {@code /v1}: fixtures and the request
 * journal for integration tests.
 */
@NullMarked
package dev.fakeai.admin;

import org.jspecify.annotations.NullMarked;
