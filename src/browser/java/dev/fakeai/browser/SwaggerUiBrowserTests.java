package dev.fakeai.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as a visitor meets it, in headless Chromium: the page names us and lists the
 * APIs by name, and "Try it out" on chat completions sends the documented example and
 * shows a 200 with a completion. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class SwaggerUiBrowserTests extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void thePageNamesUsAndListsTheApisByName() throws IOException {
		this.browser.get(url("/swagger-ui.html"));
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-Chat-createChatCompletion")));

		assertThat(title.getText()).contains("FakeAI").doesNotContain("OpenAPI definition");
		assertThat(this.browser.findElements(By.cssSelector(".opblock-tag")).stream().map(WebElement::getText))
			.map((text) -> text.lines().findFirst().orElse("").strip())
			.startsWith("Models", "Chat", "Responses", "Completions", "Embeddings", "Moderations", "Audio", "Images", "Admin");
		assertThat(this.browser.getPageSource()).contains("/v1/models/{model}").doesNotContain("/error");
		Chromium.screenshot(this.browser, "swagger-ui.png");
	}

	@Test
	void tryItOutSendsTheChatExampleAndShowsTheCompletion() throws IOException {
		this.browser.get(url("/swagger-ui.html#/Chat/createChatCompletion"));
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);
		WebElement operation = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-Chat-createChatCompletion")));
		if (operation.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
			operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		}
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		WebElement execute = wait
			.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute"))));
		assertThat(operation.findElement(By.cssSelector("textarea.body-param__text")).getAttribute("value"))
			.as("the documented example, not a body generated from the schema")
			.contains("What is the capital of Japan?");
		execute.click();
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#operations-Chat-createChatCompletion .live-responses-table tbody .response-col_status")));

		assertThat(status.getText().strip()).startsWith("200");
		String body = operation.findElement(By.cssSelector(".live-responses-table .microlight")).getText();
		assertThat(body).contains("\"object\": \"chat.completion\"", "Tokyo");
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView(true);",
				operation.findElement(By.cssSelector(".responses-wrapper")));
		Chromium.screenshot(this.browser, "swagger-ui-try-it-out.png");
	}

}
