package dev.fakeai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the emulator: an HTTP server that answers like the OpenAI API without running a
 * model.
 */
@SpringBootApplication
public class FakeAiApplication {

	public static void main(String[] args) {
		SpringApplication.run(FakeAiApplication.class, args);
	}

}
