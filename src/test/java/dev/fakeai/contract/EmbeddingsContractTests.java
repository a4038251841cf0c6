package dev.fakeai.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.fakeai.contract.HttpContractTests.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code /v1/embeddings} through openai-java (its default base64 path and floats) with
 * strict validation, and raw HTTP against the OpenAPI description and OpenAI's errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class EmbeddingsContractTests extends SdkContractTest {

	private HttpResponse<String> post(String body) {
		return ContractTestClients
			.send(ContractTestClients.request(this.port, "/v1/embeddings", "Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	@Test
	void theSdksDefaultBase64PathDecodesToUnitVectorsOfTheModelsSize() {
		CreateEmbeddingResponse response = client().embeddings()
			.create(EmbeddingCreateParams.builder()
				.model("text-embedding-3-large")
				.inputOfArrayOfStrings(List.of("Paris is in France", "The sea is blue"))
				.build());

		assertThat(response.model()).isEqualTo("text-embedding-3-large");
		assertThat(response.data()).hasSize(2);
		assertThat(response.data()).allSatisfy((embedding) -> {
			assertThat(embedding.embedding()).hasSize(3072);
			assertThat(norm(embedding.embedding())).isCloseTo(1.0, within(1e-4));
		});
		assertThat(response.data().get(1).index()).isEqualTo(1);
		assertThat(response.usage().promptTokens()).isPositive().isEqualTo(response.usage().totalTokens());
	}

	@Test
	void floatsAndBase64CarryTheSameVector() {
		List<Float> floats = client().embeddings()
			.create(EmbeddingCreateParams.builder()
				.model("text-embedding-3-small")
				.input("The same text")
				.encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
				.build())
			.data()
			.get(0)
			.embedding();
		JsonNode raw = JSON.readTree(post("{\"model\": \"text-embedding-3-small\", \"input\": \"The same text\", "
				+ "\"encoding_format\": \"base64\"}")
			.body());

		ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(raw.at("/data/0/embedding").asString()))
			.order(ByteOrder.LITTLE_ENDIAN);
		assertThat(bytes.remaining()).isEqualTo(1536 * 4);
		for (float component : floats) {
			assertThat(bytes.getFloat()).isEqualTo(component);
		}
	}

	@Test
	void dimensionsShortenWhereTheModelAllows() {
		List<Float> shortened = client().embeddings()
			.create(EmbeddingCreateParams.builder().model("text-embedding-3-small").input("Hi").dimensions(256).build())
			.data()
			.get(0)
			.embedding();

		assertThat(shortened).hasSize(256);
		assertThat(norm(shortened)).isCloseTo(1.0, within(1e-4));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().embeddings()
				.create(EmbeddingCreateParams.builder()
					.model("text-embedding-ada-002")
					.input("Hi")
					.dimensions(256)
					.build()))
			.withMessageContaining("This model does not support specifying dimensions.");
	}

	@Test
	void answersValidateAndAda002AnswersAsV2() {
		HttpResponse<String> ada = post(
				"{\"model\": \"text-embedding-ada-002\", \"input\": \"Hi\", " + "\"encoding_format\": \"float\"}");
		HttpResponse<String> tokens = post(
				"{\"model\": \"text-embedding-3-small\", \"input\": [[9906, 1917], [9906]]}");
		HttpResponse<String> tokenArray = post("{\"model\": \"text-embedding-3-small\", \"input\": [9906, 1917]}");

		for (HttpResponse<String> response : List.of(ada, tokens, tokenArray)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertValid("CreateEmbeddingResponse", response);
		}
		assertThat(JSON.readTree(ada.body()).get("model").asString()).isEqualTo("text-embedding-ada-002-v2");
		assertThat(JSON.readTree(tokens.body()).get("data")).hasSize(2);
		assertThat(JSON.readTree(tokens.body()).at("/usage/prompt_tokens").asInt()).isEqualTo(3);
	}

	@Test
	void badInputsAreOpenAisErrors() {
		String invalid = "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.";
		for (String body : List.of("{\"model\": \"text-embedding-3-small\", \"input\": \"\"}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"   \"}",
				"{\"model\": \"text-embedding-3-small\", \"input\": [\"ok\", \"\"]}",
				"{\"model\": \"text-embedding-3-small\", \"input\": []}",
				"{\"model\": \"text-embedding-3-small\", \"input\": [-1]}")) {
			HttpResponse<String> response = post(body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).at("/error/message").asString()).as(body).isEqualTo(invalid);
		}
		String many = "[" + "\"a\",".repeat(2048) + "\"a\"]";
		String huge = "word ".repeat(9000);
		for (String body : List.of("{\"model\": \"text-embedding-3-small\", \"input\": " + many + "}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"" + huge + "\"}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"Hi\", \"dimensions\": 0}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"Hi\", \"dimensions\": 4096}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"Hi\", \"encoding_format\": \"hex\"}",
				"{\"model\": \"text-embedding-3-small\", \"input\": \"Hi\", \"foo\": 1}")) {
			HttpResponse<String> response = post(body);
			assertThat(response.statusCode()).as(body.substring(0, Math.min(120, body.length()))).isEqualTo(400);
			assertValid("ErrorResponse", response);
		}
		assertThat(post("{\"model\": \"text-embedding-3-small\", \"input\": \"" + huge + "\"}").body())
			.contains("This model's maximum context length is 8191 tokens, however you requested 9001 tokens");
		String batch = "[" + ("\"" + "word ".repeat(8000) + "\",").repeat(38) + "\"x\"]";
		HttpResponse<String> tooMany = post("{\"model\": \"text-embedding-3-small\", \"input\": " + batch + "}");
		assertThat(tooMany.statusCode()).as("over 300,000 tokens").isEqualTo(400);
		assertThat(tooMany.body()).contains("Requested 304039 tokens, max 300000 tokens per request",
				"max_tokens_per_request");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().embeddings()
			.create(EmbeddingCreateParams.builder().model("gpt-4o").input("Hi").build()));
	}

	private static double norm(List<Float> vector) {
		double sum = 0;
		for (float component : vector) {
			sum += component * component;
		}
		return Math.sqrt(sum);
	}

}
