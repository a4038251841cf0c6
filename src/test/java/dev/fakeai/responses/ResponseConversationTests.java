package dev.fakeai.responses;

import java.util.List;

import dev.fakeai.engine.GenerationRequest;
import dev.fakeai.engine.TestEngines;
import dev.fakeai.errors.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The conversation a request continues: the chain's turns without their instructions,
 * then the request's own.
 */
class ResponseConversationTests {

	private final ResponseStore store = new ResponseStore(TestEngines.properties(true, true), ResponsesFixtures.JSON);

	private ResponseObject stored(String json) {
		ResponsesRequest request = ResponsesFixtures.parse(json);
		ResponseConversation conversation = ResponseConversation.of(request, this.store, 0);
		ResponsesFixtures.Rendered rendered = ResponsesFixtures.render(json, conversation);
		this.store.put(new StoredResponse(rendered.response(),
				conversation.input().stream().map(InputItem::stored).toList(), 0, 0, 100));
		return rendered.response();
	}

	@Test
	void earlierInstructionsAreNotCarriedOver() {
		ResponseObject first = stored("{\"model\": \"gpt-4o\", \"instructions\": \"Answer in French.\", "
				+ "\"input\": \"My name is Ada.\"}");

		ResponsesRequest next = ResponsesFixtures.parse("{\"model\": \"gpt-4o\", \"instructions\": \"Be brief.\", "
				+ "\"previous_response_id\": \"" + first.id() + "\", \"input\": \"What is my name?\"}");
		List<GenerationRequest.Message> conversation = next
			.generationFor(ResponseConversation.of(next, this.store, 0).turns())
			.messages();

		assertThat(conversation).extracting(GenerationRequest.Message::role)
			.containsExactly("developer", "user", "assistant", "user");
		assertThat(conversation.get(0).text()).isEqualTo("Be brief.");
		assertThat(conversation.get(1).text()).isEqualTo("My name is Ada.");
		assertThat(conversation.get(2).text()).isEqualTo(ResponsesFixtures.text(first));
	}

	@Test
	void aBrokenChainNamesTheMissingResponse() {
		ResponseObject first = stored("{\"model\": \"gpt-4o\", \"input\": \"One\"}");
		ResponseObject second = stored(
				"{\"model\": \"gpt-4o\", \"previous_response_id\": \"" + first.id() + "\", \"input\": \"Two\"}");
		this.store.remove(first.id());

		ResponsesRequest third = ResponsesFixtures
			.parse("{\"model\": \"gpt-4o\", \"previous_response_id\": \"" + second.id() + "\", \"input\": \"Three\"}");

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> ResponseConversation.of(third, this.store, 0))
			.withMessage("Previous response with id '" + first.id() + "' not found.")
			.satisfies((ex) -> assertThat(ex.toError().error().code()).isEqualTo("previous_response_not_found"));
	}

}
