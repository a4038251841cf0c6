package dev.fakeai.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API docs ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): who we
 * are, a relative server so "Try it out" works behind a proxy or in a container, the
 * API-key schemes behind the Authorize button, and OpenAI's operations and schemas for
 * every emulated route ({@link OfficialOperations}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
class ApiDocsConfiguration {

	/** Tags in the order a reader meets the APIs; APIs not listed follow them. */
	static final List<String> TAG_ORDER = List.of("Models", "Chat", "Responses", "Completions", "Embeddings",
			"Moderations", "Audio", "Images", "Admin");

	private static final String DESCRIPTION = """
			An emulator of the OpenAI API: point any OpenAI client at `/v1` of this server and it answers \
			as OpenAI does, without running a model. Requests and answers are OpenAI's (the schemas below are \
			OpenAI's own, from its official OpenAPI description); what this server adds is marked \
			`x-fakeai-extension` and described as a *FakeAI extension*.

			Quick start, from a clone of the repository:

			    ./mvnw spring-boot:run    # the server, on port 8080
			    ./mvnw verify             # all tests

			No API key is needed unless `fakeai.auth.api-keys` lists the accepted ones.""";

	@Bean
	OpenAPI fakeAiOpenApi(@Value("${fakeai.version:development}") String version) {
		return new OpenAPI()
			.info(new Info().title("FakeAI: the OpenAI API, emulated")
				.version(version)
				.description(DESCRIPTION)
				.license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
			.servers(List.of(new Server().url("/").description("This server")))
			.components(new Components()
				.addSecuritySchemes(OfficialOperations.API_KEY_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("`Authorization: Bearer <key>` on `/v1`: needed only when "
									+ "`fakeai.auth.api-keys` lists the accepted keys."))
				.addSecuritySchemes(OfficialOperations.ADMIN_KEY_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("`Authorization: Bearer <key>` on `/__admin`: needed only when "
									+ "`fakeai.admin.api-keys` lists the accepted keys.")));
	}

	@Bean
	OpenApiCustomizer openAiOperations() {
		return new OfficialOperations(TAG_ORDER);
	}

}
