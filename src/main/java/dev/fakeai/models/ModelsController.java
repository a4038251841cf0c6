package dev.fakeai.models;

import java.util.Arrays;

import dev.fakeai.errors.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

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
@RequestMapping("/v1/models")
class ModelsController {

	/** Tells how a retrieved id was resolved, e.g. {@code alias; confidence=1.00}. */
	static final String MATCH_HEADER = "X-FakeAI-Model-Match";

	private static final String CAPABILITIES = "/capabilities";

	private final ModelRegistry registry;

	ModelsController(ModelRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	ModelList list(@RequestParam(name = "capability", required = false) @Nullable String capability,
			@RequestParam(name = "owned_by", required = false) @Nullable String ownedBy,
			@RequestParam(name = "provider", required = false) @Nullable String provider) {
		ModelFilter filter = new ModelFilter(capabilityOf(capability), blankToNull(ownedBy), blankToNull(provider));
		return ModelList.from(this.registry.list(filter));
	}

	@GetMapping("/{*path}")
	ResponseEntity<Object> retrieve(@PathVariable("path") String path,
			@RequestParam(name = "detailed", defaultValue = "false") boolean detailed, HttpServletRequest request) {
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
