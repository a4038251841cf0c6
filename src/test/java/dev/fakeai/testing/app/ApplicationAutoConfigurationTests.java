package dev.fakeai.testing.app;

import dev.fakeai.testing.AutoConfigureFakeAi;
import dev.fakeai.testing.FakeAiServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with auto-configuration, tested with {@code @AutoConfigureFakeAi}: its
 * own auto-configurations still apply (the embedded server's filter is the server's
 * alone).
 */
@SpringBootTest(classes = ApplicationAutoConfigurationTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureFakeAi
class ApplicationAutoConfigurationTests {

	@Autowired
	FakeAiServer fakeai;

	@Autowired
	JsonMapper mapper;

	@Test
	void theApplicationKeepsItsAutoConfiguration() {
		assertThat(this.mapper).isNotNull();
		assertThat(this.fakeai.baseUrl()).endsWith("/v1");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
