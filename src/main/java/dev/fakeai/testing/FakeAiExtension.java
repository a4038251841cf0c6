package dev.fakeai.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the {@link FakeAiServer} of a {@link FakeAiTest} class (or reuses the one of the
 * same settings), gives it to parameters and fields of its type, and resets its fixtures
 * and journal after each test.
 */
public class FakeAiExtension
		implements BeforeAllCallback, AfterEachCallback, ParameterResolver, TestInstancePostProcessor {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(FakeAiExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		server(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		server(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == FakeAiServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return server(context);
	}

	@Override
	public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
		for (Class<?> type = instance.getClass(); type != null; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getType() == FakeAiServer.class && !Modifier.isFinal(field.getModifiers())) {
					field.setAccessible(true);
					field.set(Modifier.isStatic(field.getModifiers()) ? null : instance, server(context));
				}
			}
		}
	}

	private static FakeAiServer server(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		FakeAiTest settings = AnnotationSupport.findAnnotation(testClass, FakeAiTest.class)
			.orElseThrow(() -> new IllegalStateException(testClass.getName() + " is not annotated @FakeAiTest"));
		List<String> properties = FakeAiServer.properties(settings.fixtures(), settings.properties());
		if (settings.shared()) {
			return FakeAiServer.shared(properties);
		}
		return classContext(context).getStore(NAMESPACE)
			.computeIfAbsent(String.join("\n", properties), (name) -> FakeAiServer.start(properties),
					FakeAiServer.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

}
