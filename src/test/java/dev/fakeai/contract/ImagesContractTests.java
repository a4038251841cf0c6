package dev.fakeai.contract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.images.ImageCreateVariationParams;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageGenStreamEvent;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImagesResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code /v1/images/*} through openai-java (generations, edits and variations, streamed
 * partial images) and raw HTTP: every answer validated against the OpenAPI description,
 * every image read back by a decoder that is not ours (ImageIO, TwelveMonkeys' WebP
 * reader) at the asked size, URLs fetched, and OpenAI's 400s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class ImagesContractTests extends SdkContractTest {

	private HttpResponse<String> post(String body) {
		return ContractTestClients.postJson(this.port, "/v1/images/generations", body);
	}

	@Test
	void gptImageModelsAnswerBase64InEveryFormatWithUsage() throws IOException {
		for (String format : new String[] { "png", "jpeg", "webp" }) {
			ImagesResponse response = client().images()
				.generate(ImageGenerateParams.builder()
					.model("gpt-image-1")
					.prompt("A red fox in a green forest")
					.size(ImageGenerateParams.Size._1536X1024)
					.quality(ImageGenerateParams.Quality.LOW)
					.outputFormat(ImageGenerateParams.OutputFormat.of(format))
					.build());

			BufferedImage image = decode(response.data().orElseThrow().get(0).b64Json().orElseThrow());
			assertThat(image.getWidth()).as(format).isEqualTo(1536);
			assertThat(image.getHeight()).isEqualTo(1024);
			assertThat(response.outputFormat().orElseThrow().asString()).isEqualTo(format);
			assertThat(response.size().orElseThrow().asString()).isEqualTo("1536x1024");
			assertThat(response.quality().orElseThrow().asString()).isEqualTo("low");
			assertThat(response.background().orElseThrow().asString()).isEqualTo("opaque");
			assertThat(response.usage().orElseThrow().outputTokens()).as("272 tokens a 1024x1024 low image, 1.5x")
				.isEqualTo(408);
			assertThat(response.usage().orElseThrow().inputTokensDetails().textTokens()).isPositive();
		}
	}

	@Test
	void answersValidateAgainstTheDescription() {
		for (String body : new String[] {
				"{\"model\": \"gpt-image-1\", \"prompt\": \"a cat\", \"quality\": \"low\", \"background\": \"transparent\"}",
				"{\"model\": \"dall-e-3\", \"prompt\": \"a cat\", \"size\": \"1024x1792\", \"style\": \"natural\"}",
				"{\"model\": \"dall-e-2\", \"prompt\": \"a cat\", \"n\": 3, \"size\": \"256x256\", "
						+ "\"response_format\": \"b64_json\"}" }) {
			HttpResponse<String> response = post(body);

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(OpenApiSchemas.get().errors("ImagesResponse", response.body())).as(body).isEmpty();
		}
	}

	@Test
	void dallE3AnswersAUrlThisServerServesWithARevisedPrompt() throws Exception {
		ImagesResponse response = client().images()
			.generate(ImageGenerateParams.builder()
				.model("dall-e-3")
				.prompt("A lighthouse on a cliff at dusk")
				.size(ImageGenerateParams.Size._1792X1024)
				.build());

		var image = response.data().orElseThrow().get(0);
		assertThat(image.revisedPrompt())
			.hasValueSatisfying((revised) -> assertThat(revised).contains("lighthouse on a cliff at dusk")
				.isNotEqualTo("A lighthouse on a cliff at dusk"));
		assertThat(image.b64Json()).isEmpty();
		URI url = URI.create(image.url().orElseThrow());
		assertThat(url.getPath()).startsWith("/fakeai/images/img-").endsWith(".png");
		assertThat(url.getQuery()).startsWith("se=");
		HttpResponse<byte[]> file = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.body()));
		assertThat(decoded.getWidth()).isEqualTo(1792);
		assertThat(decoded.getHeight()).isEqualTo(1024);
		assertThat(response.usage()).isEmpty();
	}

	@Test
	void dallE2IsServedWithItsSizesAndSeveralImages() throws IOException {
		ImagesResponse response = client().images()
			.generate(ImageGenerateParams.builder()
				.prompt("a blue whale")
				.n(3)
				.size(ImageGenerateParams.Size._256X256)
				.responseFormat(ImageGenerateParams.ResponseFormat.B64_JSON)
				.build());

		assertThat(response.data().orElseThrow()).hasSize(3);
		List<String> files = new ArrayList<>();
		for (var image : response.data().orElseThrow()) {
			assertThat(decode(image.b64Json().orElseThrow()).getWidth()).isEqualTo(256);
			files.add(image.b64Json().orElseThrow());
		}
		assertThat(files).as("three different pictures of one prompt").doesNotHaveDuplicates();
	}

	@Test
	void theSamePromptGivesTheSameImage() {
		String body = "{\"model\": \"gpt-image-1\", \"prompt\": \"a paper boat\", \"quality\": \"low\"}";

		assertThat(JSON.readTree(post(body).body()).path("data").path(0).path("b64_json").asString())
			.isEqualTo(JSON.readTree(post(body).body()).path("data").path(0).path("b64_json").asString());
	}

	@Test
	void editsTakeSeveralImagesAndAMaskOfTheirSize() throws IOException {
		byte[] photo = png(512, 512, BufferedImage.TYPE_INT_RGB);
		ImagesResponse response = client().images()
			.edit(ImageEditParams.builder()
				.model("gpt-image-1")
				.image(ImageEditParams.Image
					.ofInputStreams(List.of(new ByteArrayInputStream(photo), new ByteArrayInputStream(photo))))
				.mask(png(512, 512, BufferedImage.TYPE_INT_ARGB))
				.prompt("Add a red hat")
				.quality(ImageEditParams.Quality.LOW)
				.build());

		assertThat(decode(response.data().orElseThrow().get(0).b64Json().orElseThrow()).getWidth()).isEqualTo(1024);
		assertThat(response.usage().orElseThrow().inputTokensDetails().imageTokens()).as("two 512x512 images")
			.isEqualTo(2 * 255);

		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().images()
				.edit(ImageEditParams.builder()
					.model("gpt-image-1")
					.image(photo)
					.mask(png(256, 256, BufferedImage.TYPE_INT_ARGB))
					.prompt("Add a red hat")
					.build()))
			.satisfies((error) -> assertThat(error.getMessage()).contains("mask size does not match image size"));
	}

	@Test
	void jsonEditsTakeDataUrlsAndRemoteUrlsAndRefuseFileIds() throws IOException {
		String dataUrl = "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(png(512, 512, BufferedImage.TYPE_INT_RGB));
		HttpResponse<String> edited = ContractTestClients.postJson(this.port, "/v1/images/edits",
				"{\"prompt\": \"Add snow\", \"quality\": \"low\", \"images\": [{\"image_url\": \"" + dataUrl
						+ "\"}, {\"image_url\": \"https://example.com/photo.png\"}]}");
		HttpResponse<String> missing = ContractTestClients.postJson(this.port, "/v1/images/edits",
				"{\"prompt\": \"Add snow\", \"images\": [{\"file_id\": \"file-abc123\"}]}");

		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(OpenApiSchemas.get().errors("ImagesResponse", edited.body())).isEmpty();
		assertThat(JSON.readTree(edited.body()).path("usage").path("input_tokens_details").path("image_tokens").asInt())
			.as("512x512 read from the data URL, the remote one counted as 1024x1024")
			.isEqualTo(255 + 765);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(missing.body()).path("error").path("message").asString())
			.isEqualTo("No such File object: file-abc123");
	}

	@Test
	void dallE2EditsNeedTransparencyAndVariationsTakeAnyPng() throws IOException {
		byte[] opaque = png(256, 256, BufferedImage.TYPE_INT_RGB);

		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().images()
				.edit(ImageEditParams.builder().model("dall-e-2").image(opaque).prompt("a hat").build()))
			.satisfies((error) -> assertThat(error.getMessage())
				.contains("Invalid input image - format must be in ['RGBA', 'LA', 'L'], got RGB."));

		ImagesResponse variations = client().images()
			.createVariation(ImageCreateVariationParams.builder()
				.image(opaque)
				.n(2)
				.size(ImageCreateVariationParams.Size._512X512)
				.responseFormat(ImageCreateVariationParams.ResponseFormat.B64_JSON)
				.build());
		assertThat(variations.data().orElseThrow()).hasSize(2)
			.allSatisfy((image) -> assertThat(decode(image.b64Json().orElseThrow()).getWidth()).isEqualTo(512));
	}

	@Test
	void streamsSendPartialImagesThenTheImage() {
		List<String> types = new ArrayList<>();
		try (StreamResponse<ImageGenStreamEvent> stream = client().images()
			.generateStreaming(ImageGenerateParams.builder()
				.model("gpt-image-1")
				.prompt("a cat")
				.quality(ImageGenerateParams.Quality.LOW)
				.partialImages(2)
				.build())) {
			stream.stream().forEach((event) -> {
				if (event.isGenerationPartialImage()) {
					types.add("partial " + event.asGenerationPartialImage().partialImageIndex());
				}
				else {
					types.add("completed " + event.asGenerationCompleted().usage().outputTokens());
				}
			});
		}

		assertThat(types).containsExactly("partial 0", "partial 1", "completed 272");
	}

	@Test
	void streamEventsValidateAgainstTheDescription() {
		HttpResponse<String> response = post(
				"{\"model\": \"gpt-image-1\", \"prompt\": \"a cat\", \"stream\": true, \"partial_images\": 1, "
						+ "\"quality\": \"low\", \"output_format\": \"webp\"}");

		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<String> events = new ArrayList<>();
		for (String line : response.body().split("\n")) {
			if (line.startsWith("event: ")) {
				events.add(line.substring(7));
			}
			if (line.startsWith("data: ")) {
				assertThat(OpenApiSchemas.get().errors("ImageGenStreamEvent", line.substring(6))).isEmpty();
			}
		}
		assertThat(events).containsExactly("image_generation.partial_image", "image_generation.completed");
		assertThat(response.body()).doesNotContain("[DONE]");
	}

	@Test
	void rulesOfEachModelAreOpenAisErrors() {
		assertError("{\"model\": \"dall-e-3\", \"prompt\": \"x\", \"n\": 2}", null, null,
				"You must provide n=1 for this model.");
		assertError("{\"model\": \"dall-e-3\", \"prompt\": \"x\", \"size\": \"256x256\"}", null, "invalid_size",
				"The size is not supported by this model.");
		assertError("{\"model\": \"gpt-image-1\", \"prompt\": \"x\", \"response_format\": \"url\"}", "response_format",
				"unknown_parameter", "Unknown parameter: 'response_format'.");
		assertError("{\"model\": \"gpt-image-1\", \"prompt\": \"x\", \"quality\": \"standard\"}", "quality",
				"invalid_value",
				"Invalid value: 'standard'. Supported values are: 'low', 'medium', 'high', and 'auto'.");
		assertError("{\"model\": \"gpt-image-1\", \"prompt\": \"x\", \"size\": \"512x512\"}", "size", "invalid_value",
				"Invalid value: '512x512'. Supported values are: '1024x1024', '1024x1536', '1536x1024', and 'auto'.");
		assertError("{\"model\": \"dall-e-2\", \"prompt\": \"" + "a".repeat(1001) + "\"}", "prompt",
				"string_above_max_length", "Invalid 'prompt': string too long. Expected a string with maximum length "
						+ "1000, but got a string with length 1001 instead.");
		assertError("{\"model\": \"gpt-image-1\"}", "prompt", null, "Missing required parameter: 'prompt'.");
		assertError("{\"model\": \"gpt-4o\", \"prompt\": \"x\"}", "model", null,
				"This model does not support image generation: use gpt-image-1.");
		assertError("{\"prompt\": \"x\", \"extra_body\": 1}", "extra_body", "unknown_parameter",
				"Unknown parameter: 'extra_body'.");
	}

	private void assertError(String body, String param, String code, String message) {
		HttpResponse<String> response = post(body);
		JsonNode error = JSON.readTree(response.body()).path("error");

		assertThat(response.statusCode()).as(body).isIn(400, 404);
		assertThat(error.path("message").asString()).as(body).isEqualTo(message);
		assertThat(error.path("param").isNull() ? null : error.path("param").asString()).as(body).isEqualTo(param);
		if (code != null) {
			assertThat(error.path("code").asString()).as(body).isEqualTo(code);
		}
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", response.body())).isEmpty();
	}

	@Test
	void anUnknownImageUrlIsA404InTheEnvelope() {
		HttpResponse<String> response = ContractTestClients.get(this.port,
				"/fakeai/images/img-" + UUID.randomUUID() + ".png");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"error\"");
	}

	private static BufferedImage decode(String base64) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
		assertThat(image).as("a decodable image").isNotNull();
		return image;
	}

	private static byte[] png(int width, int height, int type) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, type), "png", out);
		return out.toByteArray();
	}

}
