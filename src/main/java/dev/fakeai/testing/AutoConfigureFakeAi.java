package dev.fakeai.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's application at a fakeai started in this JVM (shared with every
 * test of the same settings): the base URL and key properties that Spring AI's and
 * LangChain4j's OpenAI starters read are set, the {@link FakeAiServer} is a bean, and the
 * fixtures added and requests made in a test are cleared after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeAi {

	/**
	 * Fixture files or directories ({@code classpath:} too), as
	 * {@code fakeai.fixtures.paths}.
	 * @return the locations
	 */
	String[] fixtures() default {};

	/**
	 * Further properties of the fakeai server, as {@code name=value}.
	 * @return the properties
	 */
	String[] properties() default {};

}
