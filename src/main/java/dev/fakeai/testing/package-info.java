/**
 * fakeai in a test's JVM: {@link dev.fakeai.testing.FakeAiTest @FakeAiTest} for JUnit 5,
 * the {@link dev.fakeai.testing.FakeAiServer} it gives a test, fixtures written in code,
 * and verification of what the code under test sent.
 */
@NullMarked
package dev.fakeai.testing;

import org.jspecify.annotations.NullMarked;
