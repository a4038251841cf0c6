package dev.fakeai.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a fakeai started in-process on a free port. A
 * {@link FakeAiServer} parameter or field gives its base URL, fixtures in code, the
 * journal and verification; fixtures added and requests made in a test are cleared after
 * it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeAiExtension.class)
public @interface FakeAiTest {

	/**
	 * Fixture files or directories ({@code classpath:} resources too), as
	 * {@code fakeai.fixtures.paths}.
	 * @return the locations
	 */
	String[] fixtures() default {};

	/**
	 * Further properties, as {@code name=value} ({@code fakeai.latency.speed-factor} is 0
	 * unless set here).
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether the server is shared with every other test class of the same settings in
	 * this JVM (started once, stopped when the JVM's tests end), rather than started for
	 * this class alone.
	 * @return {@code true} to share
	 */
	boolean shared() default true;

}
