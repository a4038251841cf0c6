package com.example.support;

import dev.fakeai.testing.AutoConfigureFakeAi;
import dev.fakeai.testing.FakeAiServer;
import dev.fakeai.testing.Fixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.fakeai.testing.RequestPattern.chat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own test, pointed at fakeai by one annotation: its Spring AI client
 * gets the scripted answer, and the request it sent is verified.
 */
@SpringBootTest
@AutoConfigureFakeAi
class SupportApplicationTests {

	@Autowired
	FakeAiServer fakeai;

	@Autowired
	SupportApplication.SupportService support;

	@Test
	void answersFromTheScript() {
		this.fakeai.add(Fixture.when().systemContains("online shop").userContains("refund")
			.thenAnswer("Your refund is on its way."));

		assertThat(this.support.ask("Where is my refund?")).isEqualTo("Your refund is on its way.");
		this.fakeai.verify(1, chat().model("gpt-4o-mini").userMessageContaining("refund"));
	}

	@Test
	void unscriptedQuestionsAreSimulated() {
		assertThat(this.support.ask("What are your opening hours?")).isNotBlank();
		this.fakeai.verify(1, chat().userMessageContaining("opening hours"));
	}

}
