package dev.fakeai.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.fakeai.models.Capability;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.ModelRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console at {@code /} as a visitor meets it, in headless Chromium: registry search
 * with the server's fuzzy lookup and filters, a streamed chat in the playground with its
 * timing, the API's refusal shown readably, the journal, and the page's labels and narrow
 * layout. Screenshots go to {@code target/screenshots} (docs/console.md uses them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0.5")
class ConsoleBrowserTests extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	ModelRegistry registry;

	private WebDriverWait wait;

	@BeforeEach
	void sizeTheWindow() {
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		this.wait = new WebDriverWait(this.browser, WAIT);
	}

	@Test
	void searchFindsAModelByANearNameWithTheServersLookupAndShowsItsCard() throws IOException {
		open("");
		this.wait.until((driver) -> modelButtons().size() == this.registry.count());

		type(By.id("model-query"), "claude sonnet 4.5");
		WebElement status = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("model-match")));
		this.wait.until(ExpectedConditions.textToBePresentInElement(status, "Best match"));

		String best = this.registry.lookup("claude sonnet 4.5") instanceof dev.fakeai.models.ModelLookup.Found found
				? found.model().id() : "none";
		assertThat(status.getText()).contains("Best match for “claude sonnet 4.5”: " + best);
		assertThat(modelButtons().get(0).getText()).startsWith(best);
		WebElement card = this.browser.findElement(By.id("model-card"));
		ModelDefinition model = this.registry.get(best).orElseThrow();
		assertThat(card.getText()).contains(model.id(), "Context window",
				String.format(java.util.Locale.ENGLISH, "%,d tokens", model.capabilities().contextWindow()),
				"Time to first token", "Prices (USD per million tokens)");
		Chromium.screenshot(this.browser, "console-models.png");

		type(By.id("model-query"), "gtp-4o-mini");
		this.wait.until(ExpectedConditions.textToBePresentInElement(status, "did you mean"));
		assertThat(status.getText()).contains("No model is named “gtp-4o-mini”; did you mean gpt-4o-mini");
	}

	@Test
	void filtersAskTheServerByCapabilityAndProvider() {
		open("");
		this.wait.until((driver) -> modelButtons().size() == this.registry.count());

		new Select(this.browser.findElement(By.id("model-capability"))).selectByValue("embeddings");
		int embeddings = this.registry.withCapability(Capability.EMBEDDINGS).size();
		this.wait.until((driver) -> modelButtons().size() == embeddings);
		new Select(this.browser.findElement(By.id("model-provider"))).selectByValue("openai");

		this.wait.until((driver) -> modelButtons().size() == (int) this.registry.withCapability(Capability.EMBEDDINGS)
			.stream()
			.filter((model) -> model.capabilities().provider().equals("openai"))
			.count());
		assertThat(modelButtons()).isNotEmpty()
			.allSatisfy((button) -> assertThat(button.getText()).endsWith("openai"))
			.anySatisfy((button) -> assertThat(button.getText()).startsWith("text-embedding-3-small"));
	}

	@Test
	void aStreamedChatShowsTheAnswerItsFramesAndItsTiming() throws IOException {
		open("#playground");
		this.wait.until((driver) -> !new Select(driver.findElement(By.id("chat-model"))).getOptions().isEmpty());
		new Select(this.browser.findElement(By.id("chat-model"))).selectByValue("gpt-4o-mini");
		type(By.id("chat-input"), "What is the capital of Japan?");
		this.browser.findElement(By.id("chat-send")).click();

		WebElement answer = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#transcript li.assistant .text")));
		this.wait.until((driver) -> !driver.findElement(By.id("timing-total")).getText().equals("-"));

		assertThat(answer.getText()).contains("Tokyo");
		assertThat(text("timing-ttft")).matches("\\d+ ms");
		assertThat(text("timing-tps")).matches("[\\d,.]+");
		assertThat(text("timing-tokens")).matches("\\d+ / \\d+");
		assertThat(number("timing-ttft")).isLessThan(number("timing-total"));
		assertThat(this.browser.findElement(By.id("raw-request")).getAttribute("textContent"))
			.contains("POST /v1/chat/completions", "\"stream\": true", "\"include_usage\": true");
		String frames = this.browser.findElement(By.id("raw-frames")).getAttribute("textContent");
		assertThat(frames).startsWith("data: {").contains("\"chat.completion.chunk\"").endsWith("data: [DONE]\n\n");
		assertThat(frames.split("\n\n")).hasSizeGreaterThan(3);
		assertThat(this.browser.findElement(By.id("chat-error")).isDisplayed()).isFalse();
		Chromium.screenshot(this.browser, "console-playground.png");
	}

	@Test
	void toolsOnAModelWithoutFunctionCallingShowTheApisErrorReadably() throws IOException {
		ModelDefinition model = this.registry.list()
			.stream()
			.filter((candidate) -> candidate.capabilities().has(Capability.CHAT)
					&& !candidate.capabilities().has(Capability.FUNCTION_CALLING))
			.findFirst()
			.orElseThrow();
		open("#playground");
		this.wait.until((driver) -> !new Select(driver.findElement(By.id("chat-model"))).getOptions().isEmpty());
		new Select(this.browser.findElement(By.id("chat-model"))).selectByValue(model.id());
		assertThat(text("tools-note")).contains("no function calling");
		this.browser.findElement(By.id("chat-tools")).click();
		this.browser.findElement(By.id("chat-send")).click();

		WebElement error = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-error")));

		assertThat(error.getAttribute("role")).isEqualTo("alert");
		assertThat(error.getText()).contains("The API refused the request.",
				"400 invalid_request_error · unsupported_parameter: tools is not supported in this model", "(param: tools)");
		assertThat(this.browser.findElement(By.id("raw-response")).getAttribute("textContent")).startsWith("400")
			.contains("\"param\": \"tools\"");
		Chromium.screenshot(this.browser, "console-error.png");
	}

	@Test
	void theJournalShowsWhatWasSentAndAnsweredAndWhatArrivesLater() throws IOException, InterruptedException {
		open("#playground");
		this.wait.until((driver) -> !new Select(driver.findElement(By.id("chat-model"))).getOptions().isEmpty());
		this.browser.findElement(By.id("chat-stream")).click();
		type(By.id("chat-input"), "Journal me, please.");
		this.browser.findElement(By.id("chat-send")).click();
		this.wait.until((driver) -> !driver.findElement(By.id("timing-total")).getText().equals("-"));

		this.browser.findElement(By.id("tab-journal")).click();
		By chat = By.xpath("//table[@id='journal-table']//tr[td/code[text()='POST /v1/chat/completions']]");
		// The live journal redraws its rows every 2 s: a row found just before may be gone.
		this.wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			driver.findElement(chat).sendKeys(Keys.ENTER);
			return true;
		});

		WebElement entry = this.browser.findElement(By.id("journal-entry"));
		this.wait.until(ExpectedConditions.textToBePresentInElement(entry, "Journal me, please."));
		String selected = this.wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.cssSelector("#journal-table tr[aria-selected='true']")).getText());
		assertThat(selected).contains("POST /v1/chat/completions", "gpt-4o-mini", "200");
		assertThat(entry.getText()).contains("POST /v1/chat/completions", "\"chat.completion\"");

		HttpResponse<String> embedding = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/v1/embeddings")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"text-embedding-3-small\",\"input\":\"live\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(embedding.statusCode()).isEqualTo(200);
		this.wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.xpath("//table[@id='journal-table']//tr[td/code]"))
				.stream()
				.map(WebElement::getText)
				.toList()
				.toString()
				.matches(".*POST /v1/embeddings.*POST /v1/chat/completions.*"));
		Chromium.screenshot(this.browser, "console-journal.png");
	}

	@Test
	void everyControlHasALabelAndHalfALaptopScreenNeedsNoSideScrolling() throws IOException {
		this.browser.manage().window().setSize(new Dimension(700, 1000));
		for (String view : List.of("", "#playground", "#journal")) {
			open(view);
			this.wait.until((driver) -> modelButtons().size() == this.registry.count());
			Object unlabelled = ((JavascriptExecutor) this.browser)
				.executeScript("return [...document.querySelectorAll('input, select, textarea')]"
						+ ".filter((control) => control.labels.length === 0).map((control) => control.id)");
			assertThat((List<?>) unlabelled).as("controls without a label in view '%s'", view).isEmpty();
			Object overflow = ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("side scrolling in view '%s'", view).isLessThanOrEqualTo(0);
		}
		open("");
		this.wait.until((driver) -> modelButtons().size() == this.registry.count());
		Chromium.screenshot(this.browser, "console-narrow.png");
	}

	private void open(String view) {
		this.browser.get(url("/" + view));
	}

	private List<WebElement> modelButtons() {
		return this.browser.findElements(By.cssSelector("#model-list button"));
	}

	private void type(By field, String text) {
		WebElement element = this.browser.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private int number(String id) {
		return Integer.parseInt(text(id).replaceAll("\\D", ""));
	}

}
