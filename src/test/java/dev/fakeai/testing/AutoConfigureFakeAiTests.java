package dev.fakeai.testing;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static dev.fakeai.testing.RequestPattern.chat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureFakeAi} on an application's {@code @SpringBootTest}: the OpenAI
 * starters' base URL and key properties point at the shared server, which is a bean, and
 * a test's fixtures and requests are cleared after it.
 */
@SpringBootTest(classes = AutoConfigureFakeAiTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureFakeAi(fixtures = "classpath:fixtures/agent-loop.yaml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureFakeAiTests {

	@Autowired
	FakeAiServer fakeai;

	@Autowired
	Environment environment;

	@Value("${spring.ai.openai.base-url}")
	String springAiBaseUrl;

	@Test
	@Order(1)
	void theStartersPropertiesPointAtTheServer() {
		assertThat(this.springAiBaseUrl).isEqualTo(this.fakeai.baseUrl());
		for (String baseUrl : FakeAiContextCustomizerFactory.BASE_URLS) {
			assertThat(this.environment.getProperty(baseUrl)).as(baseUrl).isEqualTo(this.fakeai.baseUrl());
			assertThat(this.environment.getProperty(baseUrl.replace("base-url", "api-key"))).isEqualTo("sk-fakeai");
		}
		assertThat(this.environment.getProperty("langchain4j.open-ai.chat-model.base-url")).endsWith("/v1");
		this.fakeai.add(Fixture.when().userEquals("ping").thenAnswer("pong"));

		assertThat(ask("ping")).isEqualTo("pong");
		this.fakeai.verify(1, chat().userMessageContaining("ping"));
	}

	@Test
	@Order(2)
	void aTestsFixturesAndRequestsAreClearedAfterIt() {
		assertThat(this.fakeai.requests()).isEmpty();
		assertThat(ask("ping")).isNotEqualTo("pong");
	}

	/** Asks through openai-java configured from the properties the annotation set. */
	private String ask(String question) {
		return OpenAIOkHttpClient.builder()
			.baseUrl(this.springAiBaseUrl)
			.apiKey(this.environment.getProperty("spring.ai.openai.api-key"))
			.build()
			.chat()
			.completions()
			.create(ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(question).build())
			.choices()
			.get(0)
			.message()
			.content()
			.orElseThrow();
	}

	/** The application under test: here, nothing but what the annotation adds. */
	@Configuration(proxyBeanMethods = false)
	static class Application {

	}

}
