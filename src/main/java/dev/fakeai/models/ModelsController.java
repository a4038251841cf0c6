package dev.fakeai.models;

import java.util.Arrays;
import java.util.List;

import dev.fakeai.errors.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/models}: list, retrieve (plain, detailed, capabilities) and delete. Ids may
 * contain {@code /} (raw or as {@code %2F}) and {@code :}, so one catch-all route per
 * method takes the rest of the path.
 */
@RestController
@Tag(name = "Models")
@RequestMapping("/v1/models")
class ModelsController {

	/** Tells how a retrieved id was resolved, e.g. {@code alias; confidence=1.00}. */
	static final String MATCH_HEADER = "X-FakeAI-Model-Match";

	private static final String MATCH_DESCRIPTION = "FakeAI extension: how the id was resolved (`exact`, `alias`, "
			+ "`normalized`, `substring`, `similarity` or `created`) and with what confidence, e.g. "
			+ "`alias; confidence=1.00`.";

	private static final String CAPABILITIES = "/capabilities";

	private final ModelRegistry registry;

	ModelsController(ModelRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	ModelList list(@Parameter(description = "FakeAI extension: only the models with this capability, e.g. "
			+ "`tools`, `vision`, `embeddings` (the names `/v1/models/{model}/capabilities` lists).") @RequestParam(
					name = "capability", required = false) @Nullable String capability,
			@Parameter(description = "FakeAI extension: only the models of this owner, e.g. `openai`.") @RequestParam(
					name = "owned_by", required = false) @Nullable String ownedBy,
			@Parameter(description = "FakeAI extension: only the models of this provider's catalog.") @RequestParam(
					name = "provider", required = false) @Nullable String provider,
			@Parameter(description = "FakeAI extension: `true` lists every model's full card, as "
					+ "`/v1/models/{model}?detailed=true` answers it.") @RequestParam(name = "detailed",
							defaultValue = "false") boolean detailed) {
		ModelFilter filter = new ModelFilter(capabilityOf(capability), blankToNull(ownedBy), blankToNull(provider));
		List<ModelDefinition> models = this.registry.list(filter);
		return detailed ? ModelList.detailed(models) : ModelList.from(models);
	}

	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = MATCH_HEADER, description = MATCH_DESCRIPTION, schema = @Schema(type = "string")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(anyOf = ModelDetails.class)))
	@GetMapping("/{*path}")
	ResponseEntity<Object> retrieve(@PathVariable("path") String path,
			@Parameter(description = "FakeAI extension: `true` answers the model's full card (the OpenAI model "
					+ "object's fields, then the registry's facts, prices and capabilities).") @RequestParam(
							name = "detailed", defaultValue = "false") boolean detailed,
			HttpServletRequest request) {
		String id = path.substring(1);
		boolean capabilities = id.endsWith(CAPABILITIES) && id.length() > CAPABILITIES.length();
		if (capabilities) {
			id = id.substring(0, id.length() - CAPABILITIES.length());
		}
		if (id.isEmpty()) {
			throw ApiException.invalidUrl(request.getMethod(), request.getRequestURI());
		}
		ModelLookup.Found found = found(this.registry.lookup(id));
		ModelDefinition model = found.model();
		Object body = capabilities ? CapabilitiesView.from(model)
				: detailed ? ModelDetails.from(model) : ModelObject.from(model);
		return ResponseEntity.ok().header(MATCH_HEADER, describe(found)).body(body);
	}

	/**
	 * The capabilities view as its own route, for ids without {@code /}; the catch-all
	 * route answers it for every id.
	 */
	@Operation(summary = "Retrieve what a model can do",
			description = "FakeAI extension: the capabilities every endpoint decides by (features, context "
					+ "window and output limit, latency profile, parameters, tokenizer). Ids with `/` are served "
					+ "too: `/v1/models/my-org/llama-3-70b/capabilities`.")
	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = MATCH_HEADER, description = MATCH_DESCRIPTION, schema = @Schema(type = "string")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CapabilitiesView.class)))
	@GetMapping("/{model}/capabilities")
	ResponseEntity<Object> capabilities(
			@Parameter(description = "The model's id, an alias or a near name.") @PathVariable("model") String model,
			HttpServletRequest request) {
		return retrieve("/" + model + CAPABILITIES, false, request);
	}

	@DeleteMapping("/{*path}")
	ModelDeleted delete(@PathVariable("path") String path, HttpServletRequest request) {
		String id = path.substring(1);
		if (id.isEmpty()) {
			throw ApiException.invalidUrl(request.getMethod(), request.getRequestURI());
		}
		ModelDefinition model = found(this.registry.lookup(id, false)).model();
		if (!model.fineTuned()) {
			throw ApiException.permissionDenied("You do not have permission to delete the model `" + model.id()
					+ "`: only fine-tuned models can be deleted.");
		}
		this.registry.unregister(model.id());
		return ModelDeleted.of(model.id());
	}

	private static ModelLookup.Found found(ModelLookup lookup) {
		if (lookup instanceof ModelLookup.NotFound notFound) {
			throw ApiException.modelNotFound(notFound.requested(), notFound.suggestions());
		}
		return (ModelLookup.Found) lookup;
	}

	private static String describe(ModelLookup.Found found) {
		long hundredths = Math.round(found.confidence() * 100);
		return found.kind().wireName() + "; confidence=" + (hundredths / 100) + "." + (hundredths % 100 / 10)
				+ (hundredths % 10);
	}

	private static @Nullable Capability capabilityOf(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Capability capability = Capability.fromWireName(name);
		if (capability == null) {
			throw ApiException.invalidParameter("capability", "Unknown capability '" + name + "'. Expected one of: "
					+ String.join(", ", Arrays.stream(Capability.values()).map(Capability::wireName).toList()) + ".");
		}
		return capability;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
