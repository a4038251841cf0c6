package dev.fakeai.simulation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures image prompts get, and the files they are written as, read back by
 * decoders that are not ours (ImageIO; TwelveMonkeys' WebP reader).
 */
class ImagePainterTests {

	@Test
	void webpIsLosslessForAnyPixels() throws IOException {
		SplittableRandom random = new SplittableRandom(7);
		for (int[] size : new int[][] { { 1, 1 }, { 3, 2 }, { 17, 5 }, { 64, 64 }, { 300, 7 } }) {
			int width = size[0];
			int height = size[1];
			int[] pixels = new int[width * height];
			for (int i = 0; i < pixels.length; i++) {
				// Runs and noise, opaque and translucent.
				pixels[i] = (random.nextInt(3) == 0 && i > 0) ? pixels[i - 1] : random.nextInt();
			}
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(WebpLossless.encode(pixels, width, height)));

			assertThat(decoded).as(width + "x" + height).isNotNull();
			assertThat(decoded.getRGB(0, 0, width, height, null, 0, width)).isEqualTo(pixels);
		}
	}

	@Test
	void webpKeepsOpaquePicturesExactlyAndSmall() throws IOException {
		BufferedImage picture = ImagePainter.paint("a red fox in a green forest", 1, 1024, 1024, false, 1);
		byte[] webp = ImagePainter.encode(picture, "webp", 100);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp));

		assertThat(new String(webp, 0, 4)).isEqualTo("RIFF");
		assertThat(new String(webp, 8, 8)).isEqualTo("WEBPVP8L");
		assertThat(decoded.getRGB(0, 0, 1024, 1024, null, 0, 1024))
			.isEqualTo(picture.getRGB(0, 0, 1024, 1024, null, 0, 1024));
		assertThat(webp.length).as("runs of one colour are copies").isLessThan(1024 * 1024);
	}

	@Test
	void theSamePromptAndSeedGiveTheSamePixelsAndOthersDiffer() {
		BufferedImage one = ImagePainter.paint("a lighthouse at dusk", 3, 256, 256, false, 1);
		BufferedImage again = ImagePainter.paint("a lighthouse at dusk", 3, 256, 256, false, 1);
		BufferedImage other = ImagePainter.paint("a lighthouse at dusk", 4, 256, 256, false, 1);

		assertThat(pixels(again)).isEqualTo(pixels(one));
		assertThat(pixels(other)).isNotEqualTo(pixels(one));
	}

	@Test
	void colourWordsColourThePicture() {
		BufferedImage blue = ImagePainter.paint("blue", 1, 64, 64, false, 0);

		assertThat(blue.getRGB(0, 0) & 0xffffff).as("the gradient starts at the named colour").isEqualTo(0x0000ff);
	}

	@Test
	void transparentBackgroundsStayTransparentInPngAndWebp() throws IOException {
		BufferedImage picture = ImagePainter.paint("a cat sticker", 2, 128, 128, true, 0);

		for (String format : new String[] { "png", "webp" }) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(ImagePainter.encode(picture, format, 100)));
			assertThat(decoded.getRGB(0, 0) >>> 24).as(format).isZero();
		}
		BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(ImagePainter.encode(picture, "jpeg", 80)));
		assertThat(jpeg.getWidth()).isEqualTo(128);
		assertThat(jpeg.getRGB(0, 0) >>> 24).as("JPEG has no alpha").isEqualTo(0xff);
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

}
