package dev.fakeai.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fakeai.config.RequestJournal;
import dev.fakeai.errors.ApiException;
import dev.fakeai.fixtures.FixtureBook;
import dev.fakeai.fixtures.FixtureException;
import dev.fakeai.fixtures.FixtureView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API for integration tests, kept out of {@code /v1}: fixtures added, listed
 * and removed at run time, the request journal read and cleared, and a reset of both.
 */
@RestController
@Tag(name = "Admin", description = "FakeAI extension: fixtures and the request journal for integration tests.")
class AdminController {

	private static final int MAX_LIMIT = 10_000;

	private final FixtureBook fixtures;

	private final RequestJournal journal;

	AdminController(FixtureBook fixtures, RequestJournal journal) {
		this.fixtures = fixtures;
		this.journal = journal;
	}

	@Operation(summary = "Add fixtures",
			description = "One fixture, a list, or {\"fixtures\": [...]}, as JSON or YAML "
					+ "(Content-Type application/yaml); all or none are added.")
	@PostMapping(path = "/__admin/fixtures",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml" })
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> addFixtures(@RequestBody String body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
		try {
			return list(this.fixtures.add(body, contentType.contains("yaml")));
		}
		catch (FixtureException ex) {
			throw ApiException.badRequest(null, ex.getMessage(), "fixture_invalid");
		}
	}

	@Operation(summary = "List fixtures", description = "In the order they are tried, with their uses.")
	@GetMapping("/__admin/fixtures")
	Map<String, Object> listFixtures() {
		return list(this.fixtures.list());
	}

	@Operation(summary = "Remove a fixture")
	@DeleteMapping("/__admin/fixtures/{id}")
	Map<String, Object> removeFixture(@PathVariable String id) {
		if (!this.fixtures.remove(id)) {
			throw ApiException.notFound("No fixture with id '" + id + "'.");
		}
		Map<String, Object> deleted = new LinkedHashMap<>();
		deleted.put("id", id);
		deleted.put("object", "fakeai.fixture");
		deleted.put("deleted", true);
		return deleted;
	}

	@Operation(summary = "Remove every fixture", description = "Those loaded from files too, until the next reset.")
	@DeleteMapping("/__admin/fixtures")
	Map<String, Object> removeFixtures() {
		return Map.of("object", "fakeai.fixtures.deleted", "deleted", this.fixtures.clear());
	}

	@Operation(summary = "Reset",
			description = "Removes fixtures added at run time, restores those of the files with "
					+ "their uses, and clears the journal.")
	@PostMapping("/__admin/reset")
	Map<String, Object> reset() {
		this.fixtures.reset();
		this.journal.clear();
		Map<String, Object> reset = new LinkedHashMap<>();
		reset.put("object", "fakeai.reset");
		reset.put("fixtures", this.fixtures.list().size());
		reset.put("requests", 0);
		return reset;
	}

	@Operation(summary = "Read the request journal",
			description = "Newest first; filters: path, model (asked or "
					+ "resolved), status, since (ISO-8601), limit.")
	@GetMapping("/__admin/requests")
	Map<String, Object> requests(@RequestParam(required = false) @Nullable String path,
			@RequestParam(required = false) @Nullable String model,
			@RequestParam(required = false) @Nullable Integer status,
			@RequestParam(required = false) @Nullable String since,
			@RequestParam(required = false, defaultValue = "1000") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiException.outOfRange("limit", limit, (limit < 1) ? 1 : MAX_LIMIT, limit > MAX_LIMIT, true);
		}
		Instant from = null;
		if (since != null) {
			try {
				from = Instant.parse(since);
			}
			catch (DateTimeParseException ex) {
				throw ApiException.invalidParameter("since",
						"Invalid 'since': expected an ISO-8601 instant such as 2026-01-31T12:00:00Z.");
			}
		}
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("object", "list");
		page.put("data", this.journal.find(path, model, status, from, limit));
		page.put("total", this.journal.size());
		page.put("dropped", this.journal.dropped());
		return page;
	}

	@Operation(summary = "Clear the request journal")
	@DeleteMapping("/__admin/requests")
	Map<String, Object> clearRequests() {
		this.journal.clear();
		return Map.of("object", "fakeai.requests.deleted", "deleted", true);
	}

	private static Map<String, Object> list(List<FixtureView> fixtures) {
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("object", "list");
		list.put("data", fixtures);
		return list;
	}

}
