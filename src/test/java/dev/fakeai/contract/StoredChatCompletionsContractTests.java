package dev.fakeai.contract;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.openai.core.JsonValue;
import com.openai.core.RequestOptions;
import com.openai.errors.NotFoundException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionDeleted;
import com.openai.models.chat.completions.ChatCompletionListPage;
import com.openai.models.chat.completions.ChatCompletionListParams;
import com.openai.models.chat.completions.ChatCompletionStoreMessage;
import com.openai.models.chat.completions.ChatCompletionUpdateParams;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stored chat completions through openai-java and raw HTTP: created with
 * {@code store: true}, retrieved, listed with filters and pages, their metadata replaced,
 * their messages listed, deleted; the answers held to the OpenAPI description, and what
 * is not stored (or no longer) OpenAI's 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fakeai.latency.speed-factor=0")
class StoredChatCompletionsContractTests extends SdkContractTest {

	private String updatedMetadata;

	private ChatCompletion create(String question, boolean store, String topic) {
		ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
			.model(ChatModel.GPT_4O_MINI)
			.addSystemMessage("You are terse.")
			.addUserMessage(question)
			.store(store);
		if (topic != null) {
			params.metadata(ChatCompletionCreateParams.Metadata.builder()
				.putAdditionalProperty("topic", JsonValue.from(topic))
				.build());
		}
		return client().chat().completions().create(params.build());
	}

	private JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@Test
	void aStoredCompletionIsRetrievedAsAnsweredWithTheRequestsSettings() {
		HttpResponse<String> created = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-4o-mini\",\"store\":true,\"temperature\":0.2,\"user\":\"u-1\","
						+ "\"metadata\":{\"run\":\"a\"},\"messages\":[{\"role\":\"user\",\"content\":\"What is 2 + 2?\"}]}");
		String id = json(created).get("id").asString();

		HttpResponse<String> stored = ContractTestClients.get(this.port, "/v1/chat/completions/" + id);
		ChatCompletion retrieved = client().chat().completions().retrieve(id);

		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(OpenApiSchemas.get().errors("CreateChatCompletionResponse", stored.body())).isEmpty();
		JsonNode view = json(stored);
		assertThat(view.get("choices")).isEqualTo(json(created).get("choices"));
		assertThat(view.get("request_id").asString())
			.isEqualTo(created.headers().firstValue("x-request-id").orElseThrow());
		assertThat(view.get("temperature").asDouble()).isEqualTo(0.2);
		assertThat(view.get("top_p").asDouble()).isEqualTo(1.0);
		assertThat(view.get("input_user").asString()).isEqualTo("u-1");
		assertThat(view.get("metadata").get("run").asString()).isEqualTo("a");
		assertThat(view.get("tools").isNull()).isTrue();
		assertThat(retrieved.id()).isEqualTo(id);
		assertThat(retrieved.choices().get(0).message().content())
			.hasValueSatisfying((text) -> assertThat(text).contains("4"));
	}

	@Test
	void withoutStoreNothingIsKeptAndUnknownIdsAreOpenAisNotFound() {
		String id = create("Hello?", false, null).id();

		HttpResponse<String> missing = ContractTestClients.get(this.port, "/v1/chat/completions/" + id);

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(OpenApiSchemas.get().errors("ErrorResponse", missing.body())).isEmpty();
		assertThat(json(missing).get("error").get("message").asString())
			.isEqualTo("Chat completion with id '" + id + "' not found.");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> client().chat().completions().messages().list(id));
	}

	@Test
	void theListFiltersByMetadataAndModelAndPages() {
		String topic = UUID.randomUUID().toString();
		String first = create("One?", true, topic).id();
		String second = create("Two?", true, topic).id();
		create("Three?", true, "other-" + topic);

		ChatCompletionListPage page = client().chat()
			.completions()
			.list(ChatCompletionListParams.builder()
				.metadata(ChatCompletionListParams.Metadata.builder().putAdditionalProperty("topic", topic).build())
				.build());
		HttpResponse<String> newestFirst = ContractTestClients.get(this.port,
				"/v1/chat/completions?order=desc&limit=1&metadata%5Btopic%5D=" + topic);
		HttpResponse<String> after = ContractTestClients.get(this.port,
				"/v1/chat/completions?order=desc&limit=1&model=gpt-4o-mini&metadata%5Btopic%5D=" + topic + "&after="
						+ second);
		HttpResponse<String> otherModel = ContractTestClients.get(this.port,
				"/v1/chat/completions?model=gpt-4.1&metadata%5Btopic%5D=" + topic);

		assertThat(page.items()).extracting(ChatCompletion::id).containsExactly(first, second);
		assertThat(OpenApiSchemas.get().errors("ChatCompletionList", newestFirst.body())).isEmpty();
		assertThat(json(newestFirst).get("data").get(0).get("id").asString()).isEqualTo(second);
		assertThat(json(newestFirst).get("has_more").asBoolean()).isTrue();
		assertThat(json(after).get("first_id").asString()).isEqualTo(first);
		assertThat(json(after).get("has_more").asBoolean()).isFalse();
		assertThat(json(otherModel).get("data")).isEmpty();
	}

	@Test
	void metadataIsReplacedAndTheCompletionDeleted() {
		String id = create("Keep me?", true, "before").id();

		ChatCompletion updated = client().chat()
			.completions()
			.update(id,
					ChatCompletionUpdateParams.builder()
						.metadata(ChatCompletionUpdateParams.Metadata.builder()
							.putAdditionalProperty("topic", JsonValue.from("after"))
							.build())
						.build());
		this.updatedMetadata = json(ContractTestClients.get(this.port, "/v1/chat/completions/" + id)).get("metadata")
			.toString();
		HttpResponse<String> withoutMetadata = ContractTestClients.postJson(this.port, "/v1/chat/completions/" + id,
				"{}");
		ChatCompletionDeleted deleted = client().chat().completions().delete(id);
		HttpResponse<String> again = ContractTestClients.delete(this.port, "/v1/chat/completions/" + id);
		String other = create("Delete me too?", true, null).id();
		HttpResponse<String> rawDeleted = ContractTestClients.delete(this.port, "/v1/chat/completions/" + other);

		assertThat(updated.id()).isEqualTo(id);
		assertThat(this.updatedMetadata).isEqualTo("{\"topic\":\"after\"}");
		assertThat(withoutMetadata.statusCode()).isEqualTo(400);
		assertThat(json(withoutMetadata).get("error").get("param").asString()).isEqualTo("metadata");
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.id()).isEqualTo(id);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(OpenApiSchemas.get().errors("ChatCompletionDeleted", rawDeleted.body())).isEmpty();
		assertThat(rawDeleted.body())
			.isEqualTo("{\"object\":\"chat.completion.deleted\",\"id\":\"" + other + "\",\"deleted\":true}");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().chat().completions().retrieve(id));
	}

	@Test
	void theRequestsMessagesAreListedWithIdsAndParts() {
		HttpResponse<String> created = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-4o-mini\",\"store\":true,\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
						+ "{\"role\":\"user\",\"name\":\"ada\",\"content\":[{\"type\":\"text\",\"text\":\"Say \"},"
						+ "{\"type\":\"text\",\"text\":\"hi.\"}]}]}");
		String id = json(created).get("id").asString();

		// openai-java's model of a listed message allows only the assistant's role (as
		// the
		// description's schema does); the request's messages, as OpenAI's documented
		// example
		// lists them, are read with its response validation off.
		List<ChatCompletionStoreMessage> messages = client().chat()
			.completions()
			.messages()
			.list(id, RequestOptions.builder().responseValidation(false).build())
			.items();
		JsonNode raw = json(ContractTestClients.get(this.port, "/v1/chat/completions/" + id + "/messages?order=desc"));

		assertThat(messages).extracting(ChatCompletionStoreMessage::id).containsExactly(id + "-0", id + "-1");
		assertThat(messages.get(0).content()).contains("Be brief.");
		assertThat(messages.get(1).content()).contains("Say hi.");
		assertThat(messages.get(1).contentParts()).hasValueSatisfying((parts) -> assertThat(parts).hasSize(2));
		assertThat(raw.get("data").get(0).get("role").asString()).isEqualTo("user");
		assertThat(raw.get("data").get(0).get("name").asString()).isEqualTo("ada");
		assertThat(raw.get("data").get(1).get("content_parts").isNull()).isTrue();
		assertThat(raw.get("first_id").asString()).isEqualTo(id + "-1");
	}

	@Test
	void metadataAndStoreAreCheckedAsOpenAiChecksThem() {
		StringBuilder many = new StringBuilder("{");
		for (int i = 0; i < 17; i++) {
			many.append(i > 0 ? "," : "").append("\"k").append(i).append("\":\"v\"");
		}
		many.append('}');

		HttpResponse<String> tooMany = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-4o-mini\",\"metadata\":" + many
						+ ",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
		HttpResponse<String> notBoolean = ContractTestClients.postJson(this.port, "/v1/chat/completions",
				"{\"model\":\"gpt-4o-mini\",\"store\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(json(tooMany).get("error").get("message").asString()).contains("at most 16 properties");
		assertThat(notBoolean.statusCode()).isEqualTo(400);
		assertThat(json(notBoolean).get("error").get("param").asString()).isEqualTo("store");
	}

}
