package dev.fakeai.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import dev.langchain4j.data.image.Image;
import dev.langchain4j.model.openai.OpenAiImageModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI image model against fakeai: DALL·E 3's URL and a GPT image model's
 * base64 WebP, both read back at the asked size.
 */
class LangChain4jImageTests {

	@Test
	void drawsAUrlWithDallE3() throws IOException {
		OpenAiImageModel model = OpenAiImageModel.builder()
			.baseUrl(ChatModelSuite.BASE_URL)
			.apiKey("sk-test")
			.modelName("dall-e-3")
			.size("1024x1792")
			.build();

		Image image = model.generate("A tall lighthouse").content();

		assertThat(image.url().toString()).startsWith("http://localhost:");
		assertThat(image.revisedPrompt()).contains("lighthouse");
		BufferedImage decoded = ImageIO.read(image.url().toURL());
		assertThat(decoded.getHeight()).isEqualTo(1792);
	}

	@Test
	void drawsBase64WithAGptImageModel() throws IOException {
		OpenAiImageModel model = OpenAiImageModel.builder()
			.baseUrl(ChatModelSuite.BASE_URL)
			.apiKey("sk-test")
			.modelName("gpt-image-1")
			.quality("low")
			.outputFormat("jpeg")
			.build();

		Image image = model.generate("A paper boat on a pond").content();

		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.base64Data())));
		assertThat(decoded.getWidth()).isEqualTo(1024);
	}

}
