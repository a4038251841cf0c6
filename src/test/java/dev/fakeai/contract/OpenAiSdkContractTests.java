package dev.fakeai.contract;

import java.util.List;

import com.openai.client.OpenAIClient;
import com.openai.errors.NotFoundException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.models.Model;
import com.openai.models.models.ModelDeleted;
import dev.fakeai.models.ModelRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The official {@code com.openai:openai-java} SDK, with strict response validation,
 * against the server on a random port and the full catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenAiSdkContractTests {

	@LocalServerPort
	int port;

	@Autowired
	ModelRegistry registry;

	private OpenAIClient client() {
		return ContractTestClients.sdk(this.port, "sk-test");
	}

	@Test
	void listsTheFullCatalog() {
		List<Model> models = client().models().list().data();

		assertThat(models).hasSizeGreaterThanOrEqualTo(100)
			.extracting(Model::id)
			.contains("gpt-4o", "meta-llama/Llama-3.1-8B-Instruct", "openai/gpt-oss-120b", "claude-sonnet-4-5-20250929",
					"text-embedding-3-small");
		assertThat(models).allSatisfy((model) -> {
			assertThat(model.created()).isPositive();
			assertThat(model.ownedBy()).isNotBlank();
		});
	}

	@Test
	void retrievesModelsWhoseIdsContainASlash() {
		Model llama = client().models().retrieve("meta-llama/Llama-3.1-8B-Instruct");
		Model oss = client().models().retrieve("openai/gpt-oss-120b");

		assertThat(llama.id()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
		assertThat(llama.ownedBy()).isEqualTo("meta");
		assertThat(llama.created()).isEqualTo(1_721_692_800L);
		assertThat(oss.id()).isEqualTo("openai/gpt-oss-120b");
		assertThat(oss.ownedBy()).isEqualTo("openai");
	}

	@Test
	void unknownModelIsANotFoundException() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().models().retrieve("gpt-9"))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.code()).hasValue("model_not_found");
				assertThat(ex.type()).hasValue("invalid_request_error");
			});
	}

	@Test
	void deletesAFineTunedModelAndRefusesABaseModel() {
		String id = "ft:gpt-4o-mini-2024-07-18:acme::sdk-job-1";
		this.registry.getOrCreate(id);

		ModelDeleted deleted = client().models().delete(id);

		assertThat(deleted.id()).isEqualTo(id);
		assertThat(deleted.deleted()).isTrue();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().models().retrieve(id));
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> client().models().delete("gpt-4o"));
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "fakeai.auth.api-keys=sk-right-key-1234")
	class WithApiKeys {

		@LocalServerPort
		int keyedPort;

		@Test
		void wrongKeyIsUnauthorizedAndTheRightOnePasses() {
			assertThatExceptionOfType(UnauthorizedException.class)
				.isThrownBy(() -> ContractTestClients.sdk(this.keyedPort, "sk-wrong-key-0000").models().list())
				.satisfies((ex) -> assertThat(ex.code()).hasValue("invalid_api_key"));
			assertThat(ContractTestClients.sdk(this.keyedPort, "sk-right-key-1234").models().list().data())
				.isNotEmpty();
		}

	}

}
