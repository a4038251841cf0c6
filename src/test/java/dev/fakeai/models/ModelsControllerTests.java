package dev.fakeai.models;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ModelsController.class)
@Import({ ModelsConfiguration.class, FixtureCatalog.class })
class ModelsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ModelRegistry registry;

	@Test
	void listsEveryModelInOpenAiShape() {
		assertThat(this.mvc.get().uri("/v1/models")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"object": "list", "data": [
							  {"id": "gpt-test", "object": "model", "created": 1700000000, "owned_by": "system", "shutdown_date": null},
							  {"id": "acme/reasoner-8b", "object": "model", "created": 1700000001, "owned_by": "acme",
							   "shutdown_date": "2027-01-01"},
							  {"id": "acme/moe-30b-a3b", "object": "model", "created": 1700000002, "owned_by": "acme", "shutdown_date": null},
							  {"id": "embed-test", "object": "model", "created": 1700000003, "owned_by": "system", "shutdown_date": null}]}""");
	}

	@Test
	void listFiltersByCapabilityOwnerAndProvider() {
		assertThat(this.mvc.get().uri("/v1/models?capability=reasoning")).bodyJson()
			.extractingPath("$.data[*].id")
			.asArray()
			.containsExactly("acme/reasoner-8b");
		assertThat(this.mvc.get().uri("/v1/models?owned_by=acme&capability=MOE")).bodyJson()
			.extractingPath("$.data[*].id")
			.asArray()
			.containsExactly("acme/moe-30b-a3b");
		assertThat(this.mvc.get().uri("/v1/models?provider=openai")).bodyJson()
			.extractingPath("$.data[*].id")
			.asArray()
			.containsExactly("gpt-test", "embed-test");
	}

	@Test
	void unknownCapabilityFilterIsABadRequestNamingTheParam() {
		assertThat(this.mvc.get().uri("/v1/models?capability=telepathy")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("capability");
	}

	@Test
	void retrievesByExactIdWithAndWithoutSlash() {
		assertThat(this.mvc.get().uri("/v1/models/gpt-test")).hasStatusOk()
			.hasHeader(ModelsController.MATCH_HEADER, "exact; confidence=1.00")
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id": "gpt-test", "object": "model", "created": 1700000000, "owned_by": "system", "shutdown_date": null}""");
		assertThat(this.mvc.get().uri("/v1/models/acme/reasoner-8b")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo("acme/reasoner-8b");
	}

	@Test
	void retrievalResolvesAliasesAndNormalizedIdsAndSaysHow() {
		assertThat(this.mvc.get().uri("/v1/models/gpt-test-2024-01-01")).hasStatusOk()
			.hasHeader(ModelsController.MATCH_HEADER, "alias; confidence=1.00")
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo("gpt-test");
		assertThat(this.mvc.get().uri("/v1/models/ACME/Reasoner_8B")).hasStatusOk()
			.hasHeader(ModelsController.MATCH_HEADER, "normalized; confidence=1.00");
	}

	@Test
	void detailedViewHasEveryField() {
		assertThat(this.mvc.get().uri("/v1/models/acme/reasoner-8b?detailed=true")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"id": "acme/reasoner-8b", "object": "model", "created": 1700000001, "owned_by": "acme",
					 "display_name": "acme/reasoner-8b", "parent": null, "root": "acme/reasoner-8b", "active": true,
					 "deprecated": true, "snapshot": null, "aliases": [], "pricing": null,
					 "deprecation": {"shutdown_date": "2027-01-01", "replacement": "acme/reasoner-9b",
					   "message": "Deprecated; shuts down on 2027-01-01; use acme/reasoner-9b instead."},
					 "capabilities": {"id": "acme/reasoner-8b", "context_window": 32768, "max_output_tokens": 8192,
					   "parameter_count": 8000000000, "provider": "acme"},
					 "metadata": {}}""");
	}

	@Test
	void detailedListGivesEveryModelsCardAndKeepsTheFilters() {
		assertThat(this.mvc.get().uri("/v1/models?detailed=true&provider=acme&capability=moe")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"object": "list", "data": [{"id": "acme/moe-30b-a3b", "object": "model", "owned_by": "acme",
					 "capabilities": {"provider": "acme", "features": {"moe": true}, "context_window": 65536}}]}""");
		assertThat(this.mvc.get().uri("/v1/models?detailed=true")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data[*].capabilities.id")
			.asArray()
			.hasSameSizeAs(this.registry.list())
			.contains("gpt-test", "acme/reasoner-8b");
		assertThat(this.mvc.get().uri("/v1/models")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.data[0]")
			.asMap()
			.doesNotContainKey("capabilities");
	}

	@Test
	void capabilitiesViewListsEveryFlagAndTheLimits() {
		assertThat(this.mvc.get().uri("/v1/models/acme/moe-30b-a3b/capabilities")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"id": "acme/moe-30b-a3b", "object": "model.capabilities",
							 "features": {"chat": true, "function_calling": true, "parallel_tool_calls": true,
							   "structured_outputs": true, "reasoning": false, "vision": false, "moe": true, "embeddings": false},
							 "context_window": 65536, "max_output_tokens": 8192, "max_input_tokens": null, "max_batch_size": 1,
							 "latency": {"time_to_first_token_ms": 500.0, "tokens_per_second": 150.0},
							 "moe": {"total_parameters": 30000000000, "active_parameters": 3000000000, "experts": 64,
							   "experts_per_token": 4},
							 "active_parameters": 3000000000, "embeddings": null, "provider": "acme"}""");
		assertThat(this.mvc.get().uri("/v1/models/embed-test/capabilities")).bodyJson().isLenientlyEqualTo("""
				{"embeddings": {"dimensions": 1536, "reducible": true, "minimum_dimensions": null},
				 "max_output_tokens": 0, "max_batch_size": 2048}""");
		assertThat(this.mvc.get().uri("/v1/models/embed-test/capabilities")).bodyJson()
			.extractingPath("$.features.length()")
			.isEqualTo(Capability.values().length);
	}

	@Test
	void unknownModelIsNotFoundWithSuggestionsAndIsNotCreated() {
		MvcTestResult result = this.mvc.get().uri("/v1/models/gpt-tost-9").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.hasHeader("X-FakeAI-Model-Suggestions", "gpt-test, embed-test, acme/reasoner-8b")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"message": "The model `gpt-tost-9` does not exist or you do not have access to it.",
					           "type": "invalid_request_error", "param": null, "code": "model_not_found"}}""");
		assertThat(this.registry.count()).isEqualTo(4);
	}

	@Test
	void deletingAFineTunedModelRemovesIt() {
		this.registry.getOrCreate("ft:gpt-test:acme::job-1");

		assertThat(this.mvc.delete().uri("/v1/models/ft:gpt-test:acme::job-1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id": "ft:gpt-test:acme::job-1", "object": "model", "deleted": true}""");
		assertThat(this.mvc.get().uri("/v1/models/ft:gpt-test:acme::job-1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void deletingABaseModelIsForbiddenAndAnUnknownOneNotFound() {
		assertThat(this.mvc.delete().uri("/v1/models/gpt-test")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("permission_denied");
		assertThat(this.mvc.delete().uri("/v1/models/ft:gpt-test:acme::missing")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("model_not_found");
		assertThat(this.registry.exists("gpt-test")).isTrue();
	}

	@Test
	void badQueryValuesAndEmptyIdsAreClientErrors() {
		assertThat(this.mvc.get().uri("/v1/models/gpt-test?detailed=maybe")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("detailed");
		assertThat(this.mvc.get().uri("/v1/models/")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.error.message")
			.isEqualTo("Invalid URL (GET /v1/models/)");
	}

}
