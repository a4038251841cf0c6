package dev.fakeai.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test context annotated {@link AutoConfigureFakeAi} its fakeai: the shared
 * server of its settings, as a bean, and the properties that point OpenAI clients at it.
 */
class FakeAiContextCustomizerFactory implements ContextCustomizerFactory {

	/** The key every client is given: fakeai accepts any unless configured otherwise. */
	static final String API_KEY = "sk-fakeai";

	/** The base URL properties of the OpenAI starters, each set to the server's. */
	static final List<String> BASE_URLS = List.of("spring.ai.openai.base-url",
			"langchain4j.open-ai.chat-model.base-url", "langchain4j.open-ai.streaming-chat-model.base-url",
			"langchain4j.open-ai.embedding-model.base-url", "langchain4j.open-ai.language-model.base-url",
			"langchain4j.open-ai.streaming-language-model.base-url", "langchain4j.open-ai.moderation-model.base-url",
			"langchain4j.open-ai.image-model.base-url");

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureFakeAi settings = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureFakeAi.class);
		return (settings != null) ? new Customizer(FakeAiServer.properties(settings.fixtures(), settings.properties()))
				: null;
	}

	/**
	 * Adds the server and its properties; equal for equal settings, so contexts are
	 * cached.
	 */
	private record Customizer(List<String> properties) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			FakeAiServer server = FakeAiServer.shared(this.properties);
			Map<String, Object> pointing = new LinkedHashMap<>();
			for (String baseUrl : BASE_URLS) {
				pointing.put(baseUrl, server.baseUrl());
				pointing.put(baseUrl.replace("base-url", "api-key"), API_KEY);
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeai", pointing));
			context.getBeanFactory().registerSingleton("fakeAiServer", server);
		}

	}

}
