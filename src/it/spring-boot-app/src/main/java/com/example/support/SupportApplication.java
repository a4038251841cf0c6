package com.example.support;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/**
 * A user's application: a support service that asks an OpenAI model through Spring AI's
 * {@link ChatClient}, configured by {@code spring.ai.openai.*} properties.
 */
@SpringBootApplication
public class SupportApplication {

	public static void main(String[] args) {
		SpringApplication.run(SupportApplication.class, args);
	}

	/** Answers customers' questions. */
	@Service
	public static class SupportService {

		private final ChatClient chat;

		public SupportService(ChatClient.Builder builder) {
			this.chat = builder.defaultSystem("You answer customers of an online shop briefly.").build();
		}

		public String ask(String question) {
			return this.chat.prompt().user(question).call().content();
		}

	}

}
