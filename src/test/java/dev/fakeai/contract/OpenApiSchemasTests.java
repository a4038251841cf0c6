package dev.fakeai.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The schema check used by the contract tests rejects what the official description
 * rejects, so a passing contract test means something.
 */
class OpenApiSchemasTests {

	private final OpenApiSchemas schemas = OpenApiSchemas.get();

	@Test
	void acceptsAValidModel() {
		assertThat(this.schemas.errors("Model", """
				{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}""")).isEmpty();
	}

	@Test
	void rejectsAModelWithoutOwnerOrWithTheWrongObject() {
		assertThat(this.schemas.errors("Model", """
				{"id": "gpt-4o", "object": "model", "created": 1715367049}""")).isNotEmpty();
		assertThat(this.schemas.errors("Model", """
				{"id": "gpt-4o", "object": "models", "created": 1715367049, "owned_by": "system"}""")).isNotEmpty();
		assertThat(this.schemas.errors("Model", """
				{"id": "gpt-4o", "object": "model", "created": "yesterday", "owned_by": "system"}""")).isNotEmpty();
	}

	@Test
	void errorsNeedAllFourFieldsWithNullsAllowed() {
		assertThat(this.schemas.errors("ErrorResponse", """
				{"error": {"message": "m", "type": "t", "param": null, "code": null}}""")).isEmpty();
		assertThat(this.schemas.errors("ErrorResponse", """
				{"error": {"message": "m", "type": "t"}}""")).isNotEmpty();
	}

	@Test
	void nullableFieldsOfTheThreeZeroStyleAcceptNull() {
		assertThat(this.schemas.errors("CreateCompletionRequest", """
				{"model": "gpt-3.5-turbo-instruct", "prompt": "hi", "stop": null}""")).isEmpty();
	}

	@Test
	void unknownSchemaNamesAreAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.schemas.errors("NoSuchSchema", "{}"));
	}

}
