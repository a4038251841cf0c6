package dev.fakeai.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the server's port and a headless Chromium with its own
 * profile, opened before each test and quit after it.
 */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Chromium.headless(this.profile);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/**
	 * The address of a page of the server.
	 * @param path the path, starting with {@code /}
	 * @return the URL
	 */
	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
