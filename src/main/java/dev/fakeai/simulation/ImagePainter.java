package dev.fakeai.simulation;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the picture an image prompt gets: a gradient and shapes whose colours come from
 * the colour words of the prompt ({@code fakeai/images/colours.tsv}, CSS's named colours)
 * or, without any, from the prompt's hash, and whose number, kinds and places come from a
 * seed derived from the prompt. The same prompt and seed always give the same pixels.
 * Written as PNG or JPEG (ImageIO) or lossless WebP ({@link WebpLossless}); headless, no
 * fonts.
 */
public final class ImagePainter {

	private static final Map<String, Color> COLOURS = loadColours();

	private ImagePainter() {
	}

	/**
	 * Paints an image.
	 * @param prompt the prompt the image is for
	 * @param seed varies the picture among images of one prompt
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @param transparent whether the background stays transparent
	 * @param detail how much of the picture is drawn, from 0 (the background) to 1 (all
	 * of it), for the partial images of a stream
	 * @return the image, {@code TYPE_INT_ARGB}
	 */
	public static BufferedImage paint(String prompt, long seed, int width, int height, boolean transparent,
			double detail) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + prompt.hashCode());
		List<Color> palette = palette(prompt, random);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			if (!transparent) {
				Color from = palette.get(0);
				Color to = palette.get(1 % palette.size()).darker();
				graphics.setPaint(new GradientPaint(0, 0, from, width, height, to));
				graphics.fillRect(0, 0, width, height);
			}
			int shapes = 3 + Math.min(9, prompt.split("\\s+").length / 2) + random.nextInt(3);
			int drawn = (int) Math.round(shapes * Math.max(0, Math.min(1, detail)));
			int side = Math.min(width, height);
			for (int i = 0; i < shapes; i++) {
				Color colour = palette.get((i + 1) % palette.size());
				int kind = random.nextInt(4);
				double size = side * (0.12 + random.nextDouble() * 0.33);
				double x = random.nextDouble() * (width - size);
				double y = random.nextDouble() * (height - size);
				float opacity = 0.55f + (float) random.nextDouble() * 0.45f;
				if (i >= drawn) {
					continue;
				}
				graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
				graphics.setColor(colour);
				switch (kind) {
					case 0 -> graphics.fill(new Ellipse2D.Double(x, y, size, size));
					case 1 -> graphics.fill(new RoundRectangle2D.Double(x, y, size, size * 0.7, size / 8, size / 8));
					case 2 -> graphics.fill(triangle(x, y, size));
					default -> {
						graphics.setStroke(new BasicStroke((float) (size / 10)));
						graphics.draw(new Ellipse2D.Double(x, y, size, size));
					}
				}
			}
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/**
	 * Writes an image in a format.
	 * @param image the image
	 * @param format {@code png}, {@code jpeg} or {@code webp}
	 * @param compression 0 to 100, for JPEG (100 the best quality)
	 * @return the file's bytes
	 */
	public static byte[] encode(BufferedImage image, String format, int compression) {
		int width = image.getWidth();
		int height = image.getHeight();
		return switch (format) {
			case "webp" -> WebpLossless.encode(image.getRGB(0, 0, width, height, null, 0, width), width, height);
			case "jpeg" -> jpeg(image, compression);
			case "png" -> png(image);
			default -> throw new IllegalArgumentException("No image format " + format);
		};
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image, int compression) {
		BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = opaque.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(Math.max(0.05f, Math.min(1f, compression / 100f)));
			writer.write(null, new IIOImage(opaque, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static Polygon triangle(double x, double y, double size) {
		return new Polygon(new int[] { (int) (x + size / 2), (int) (x + size), (int) x },
				new int[] { (int) y, (int) (y + size), (int) (y + size) }, 3);
	}

	/** The prompt's colour words in order, else two to four colours from the seed. */
	static List<Color> palette(String prompt, SplittableRandom random) {
		List<Color> named = new ArrayList<>();
		for (String word : prompt.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			Color colour = COLOURS.get(word);
			if (colour != null && !named.contains(colour)) {
				named.add(colour);
			}
		}
		List<Color> palette = new ArrayList<>(named);
		int wanted = Math.max(3, named.size() + 1);
		while (palette.size() < wanted) {
			float hue = (palette.isEmpty()) ? (prompt.hashCode() & 0xffff) / 65536f : random.nextFloat();
			palette.add(Color.getHSBColor(hue, 0.45f + random.nextFloat() * 0.4f, 0.55f + random.nextFloat() * 0.4f));
		}
		return palette;
	}

	private static Map<String, Color> loadColours() {
		Map<String, Color> colours = new LinkedHashMap<>();
		try (InputStream in = ImagePainter.class.getResourceAsStream("/fakeai/images/colours.tsv")) {
			if (in == null) {
				throw new IllegalStateException("fakeai/images/colours.tsv is missing");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				colours.put(fields[0].strip(), Color.decode(fields[1].strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(colours);
	}

}
