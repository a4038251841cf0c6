package dev.fakeai.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.ai.image.Image;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.openai.OpenAiImageModel;
import org.springframework.ai.openai.OpenAiImageOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AI's OpenAI image model against fakeai: a GPT image model's base64 picture and
 * DALL·E 3's URL, both read back at the asked size.
 */
class SpringAiImageTests {

	private static final String BASE_URL = "http://localhost:" + System.getProperty("fakeai.port") + "/v1";

	private final OpenAiImageModel model = OpenAiImageModel.builder()
		.options(OpenAiImageOptions.builder().baseUrl(BASE_URL).apiKey("sk-test").maxRetries(0).build())
		.build();

	@Test
	void drawsBase64WithAGptImageModel() throws IOException {
		Image image = this.model
			.call(new ImagePrompt("A red fox in a green forest",
					OpenAiImageOptions.builder().model("gpt-image-1").quality("low").size("1536x1024").build()))
			.getResult()
			.getOutput();

		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.getB64Json())));
		assertThat(decoded.getWidth()).isEqualTo(1536);
		assertThat(decoded.getHeight()).isEqualTo(1024);
	}

	@Test
	void drawsAUrlWithDallE3() throws IOException {
		Image image = this.model
			.call(new ImagePrompt("A lighthouse on a cliff at dusk",
					OpenAiImageOptions.builder().model("dall-e-3").size("1792x1024").style("natural").build()))
			.getResult()
			.getOutput();

		assertThat(image.getUrl()).startsWith("http://localhost:");
		BufferedImage decoded = ImageIO.read(URI.create(image.getUrl()).toURL());
		assertThat(decoded.getWidth()).isEqualTo(1792);
	}

}
