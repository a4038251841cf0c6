package dev.fakeai.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and ChromeDriver for the browser tests
 * ({@code -Dfakeai.browser.binary} and {@code -Dfakeai.browser.driver} change their paths).
 */
final class Chromium {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Chromium() {
	}

	/**
	 * A headless browser with its own profile and no network beyond localhost (its
	 * background services would only fail to connect).
	 * @param profile an empty folder for the profile
	 * @return the driver; quit it after use
	 */
	static WebDriver headless(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("fakeai.browser.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--autoplay-policy=no-user-gesture-required", "--window-size=1280,1600",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("fakeai.browser.driver", "/usr/bin/chromedriver")).toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots/NAME}, for the docs.
	 * @param browser the browser
	 * @param name the file name
	 * @throws IOException when the file cannot be written
	 */
	static void screenshot(WebDriver browser, String name) throws IOException {
		Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(SCREENSHOTS);
		Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
