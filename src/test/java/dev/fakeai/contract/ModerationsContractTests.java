package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.moderations.Moderation;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.models.moderations.ModerationImageUrlInput;
import com.openai.models.moderations.ModerationMultiModalInput;
import com.openai.models.moderations.ModerationTextInput;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.fakeai.contract.HttpContractTests.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code /v1/moderations} through openai-java with strict validation and raw HTTP against
 * the OpenAPI description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModerationsContractTests extends SdkContractTest {

	private HttpResponse<String> post(String body) {
		return ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/moderations", "Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	@Test
	void oneResultPerStringFlaggedByItsCategory() {
		ModerationCreateResponse response = client().moderations()
			.create(ModerationCreateParams.builder()
				.inputOfStrings(List.of("What is the capital of France?", "I will find you. Watch your back."))
				.build());

		assertThat(response.id()).matches("modr-[0-9a-f]{32}");
		assertThat(response.results()).hasSize(2);
		Moderation benign = response.results().get(0);
		Moderation threat = response.results().get(1);
		assertThat(benign.flagged()).isFalse();
		assertThat(threat.flagged()).isTrue();
		assertThat(threat.categories().harassmentThreatening()).isTrue();
		assertThat(threat.categories().harassment()).isTrue();
		assertThat(threat.categories().sexual()).isFalse();
		assertThat(threat.categoryScores().harassmentThreatening()).isGreaterThan(0.9);
		assertThat(benign.categoryAppliedInputTypes().violence()).hasSize(1);
	}

	@Test
	void imagesAreModeratedByTheOmniModelOnly() {
		ModerationCreateParams.Builder images = ModerationCreateParams.builder()
			.inputOfModerationMultiModalArray(List.of(
					ModerationMultiModalInput.ofText(ModerationTextInput.builder().text("Look at this").build()),
					ModerationMultiModalInput.ofImageUrl(ModerationImageUrlInput.builder()
						.imageUrl(ModerationImageUrlInput.ImageUrl.builder().url("https://example.com/a.png").build())
						.build())));

		Moderation result = client().moderations().create(images.build()).results().get(0);

		assertThat(result.categoryAppliedInputTypes().violence()).hasSize(2);
		assertThat(result.categoryAppliedInputTypes().hate()).hasSize(1);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().moderations().create(images.model("text-moderation-latest").build()));
	}

	@Test
	void answersValidateAndErrorsUseTheEnvelope() {
		HttpResponse<String> text = post("{\"input\": \"You are worthless\"}");
		HttpResponse<String> parts = post("{\"model\": \"omni-moderation-latest\", \"input\": [{\"type\": \"text\", "
				+ "\"text\": \"blood everywhere\"}, {\"type\": \"image_url\", \"image_url\": {\"url\": "
				+ "\"https://example.com/a.png\"}}]}");
		HttpResponse<String> legacy = post("{\"model\": \"text-moderation-latest\", \"input\": [\"a\", \"b\"]}");

		for (HttpResponse<String> response : List.of(text, parts, legacy)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertValid("CreateModerationResponse", response);
		}
		assertThat(text.body()).contains("\"harassment\":true");
		for (String body : List.of("{}", "{\"input\": []}", "{\"input\": 5}", "{\"input\": \"x\", \"foo\": 1}",
				"{\"input\": [{\"type\": \"audio\"}]}")) {
			HttpResponse<String> response = post(body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertValid("ErrorResponse", response);
		}
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().moderations()
			.create(ModerationCreateParams.builder().input("Hi").model("gpt-4o").build()));
	}

}
