package dev.fakeai.admin;

import dev.fakeai.fixtures.FixtureBook;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API on its own: fixtures added as JSON or YAML, listed, removed and reset;
 * the journal's filters checked; every mistake in OpenAI's envelope.
 */
@WebMvcTest(AdminController.class)
@Import(FixtureBook.class)
class AdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void fixturesAreAddedAsJsonOrYamlListedAndRemoved() throws Exception {
		MvcTestResult added = this.mvc.post()
			.uri("/__admin/fixtures")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"fixtures\": [{\"name\": \"a\", \"match\": {\"user\": \"x\"}, \"respond\": {\"content\": \"A\"}}]}")
			.exchange();
		assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.data[0].name").isEqualTo("a");
		String id = JsonPath.read(added.getResponse().getContentAsString(), "$.data[0].id");
		assertThat(this.mvc.post()
			.uri("/__admin/fixtures")
			.contentType(MediaType.parseMediaType("application/yaml"))
			.content("- priority: 3\n  match: { user: y }\n  respond: { content: B }\n")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.data[0].priority")
			.isEqualTo(3);

		assertThat(this.mvc.get().uri("/__admin/fixtures")).bodyJson()
			.extractingPath("$.data[*].priority")
			.asArray()
			.containsExactly(3, 0);
		assertThat(this.mvc.delete().uri("/__admin/fixtures/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.deleted")
			.isEqualTo(true);
		assertThat(this.mvc.delete().uri("/__admin/fixtures/" + id)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.error.message")
			.isEqualTo("No fixture with id '" + id + "'.");
		assertThat(this.mvc.post().uri("/__admin/reset")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.fixtures")
			.isEqualTo(0);
	}

	@Test
	void badFixturesAndBodiesAreBadRequests() {
		assertThat(this.mvc.post()
			.uri("/__admin/fixtures")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"match\": {\"model\": 4}, \"respond\": {\"content\": \"A\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.message")
			.isEqualTo("admin API: fixture 1: match.model: expected a string");
		assertThat(this.mvc.post().uri("/__admin/fixtures").contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("fixture_invalid");
		assertThat(this.mvc.post().uri("/__admin/fixtures").contentType(MediaType.TEXT_PLAIN).content("x"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.bodyJson()
			.extractingPath("$.error.type")
			.isEqualTo("invalid_request_error");
	}

	@Test
	void journalFiltersAreChecked() {
		assertThat(this.mvc.get().uri("/__admin/requests")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"object\": \"list\", \"data\": [], \"total\": 0, \"dropped\": 0}");
		assertThat(this.mvc.get().uri("/__admin/requests?since=yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("since");
		assertThat(this.mvc.get().uri("/__admin/requests?limit=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("limit");
		assertThat(this.mvc.get().uri("/__admin/requests?status=abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error.param")
			.isEqualTo("status");
		assertThat(this.mvc.delete().uri("/__admin/requests")).hasStatusOk();
	}

}
