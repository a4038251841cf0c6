package dev.fakeai.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The speech API's audio decoded by a browser's own decoders (Chromium's FFmpeg and
 * libopus through Web Audio's {@code decodeAudioData}): every format, AAC among them,
 * plays for the time its words take.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class SpeechBrowserTests extends BrowserTest {

	/** 20 words: 8 seconds at 150 words a minute. */
	private static final String TEXT = "Welcome to the demo. We will look at how the emulator answers speech "
			+ "requests with audio of the right length.";

	@BeforeEach
	void allowLongScripts() {
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyFormatDecodesInTheBrowserForTheTimeItsWordsTake() {
		this.browser.get(url("/v3/api-docs"));
		Map<String, Object> durations = (Map<String, Object>) ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const text = arguments[0];
				(async () => {
				  const result = {};
				  for (const format of ['mp3', 'opus', 'aac', 'flac', 'wav']) {
				    try {
				      const response = await fetch('/v1/audio/speech', { method: 'POST',
				        headers: { 'Content-Type': 'application/json' },
				        body: JSON.stringify({ model: 'gpt-4o-mini-tts', input: text, voice: 'sage', response_format: format }) });
				      const audio = await new OfflineAudioContext(1, 24000, 24000).decodeAudioData(await response.arrayBuffer());
				      result[format] = audio.duration;
				    } catch (e) {
				      result[format] = String(e);
				    }
				  }
				  done(result);
				})();
				""", TEXT);

		for (String format : List.of("mp3", "opus", "aac", "flac", "wav")) {
			assertThat(durations.get(format)).as(format).isInstanceOf(Number.class);
			assertThat(((Number) durations.get(format)).doubleValue()).as(format).isCloseTo(8.0, within(0.25));
		}
	}

}
