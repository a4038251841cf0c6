package dev.fakeai.models;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /v1/models/{id}?detailed=true}: the OpenAI model object's fields followed by
 * everything the registry knows.
 *
 * @param id the model id
 * @param object always {@code model}
 * @param created creation time, unix seconds
 * @param ownedBy the owner
 * @param shutdownDate the announced shutdown day
 * @param displayName a human-readable name
 * @param description one sentence
 * @param version version or release date
 * @param parent the base of a fine-tune
 * @param root the first ancestor
 * @param active whether still served by its provider
 * @param deprecated whether a shutdown is announced
 * @param deprecation the announcement
 * @param snapshot the dated id responses name
 * @param aliases other accepted ids
 * @param pricing list prices
 * @param capabilities the capabilities view
 * @param metadata free-form facts
 */
@Schema(name = "FakeAIModelDetails")
record ModelDetails(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created") long created, @JsonProperty("owned_by") String ownedBy,
		@JsonProperty("shutdown_date") @Nullable LocalDate shutdownDate,
		@JsonProperty("display_name") String displayName, @JsonProperty("description") String description,
		@JsonProperty("version") @Nullable String version, @JsonProperty("parent") @Nullable String parent,
		@JsonProperty("root") String root, @JsonProperty("active") boolean active,
		@JsonProperty("deprecated") boolean deprecated,
		@JsonProperty("deprecation") @Nullable DeprecationView deprecation,
		@JsonProperty("snapshot") @Nullable String snapshot, @JsonProperty("aliases") List<String> aliases,
		@JsonProperty("pricing") @Nullable PricingView pricing,
		@JsonProperty("capabilities") CapabilitiesView capabilities,
		@JsonProperty("metadata") Map<String, String> metadata) {

	static ModelDetails from(ModelDefinition model) {
		Deprecation deprecation = model.deprecation();
		Pricing pricing = model.pricing();
		return new ModelDetails(model.id(), "model", model.created(), model.ownedBy(),
				(deprecation != null) ? deprecation.shutdownDate() : null, model.displayName(), model.description(),
				model.version(), model.parent(), model.root(), model.active(), model.deprecated(),
				(deprecation != null) ? new DeprecationView(
						deprecation.shutdownDate(), deprecation.replacement(), deprecation.message()) : null,
				model.snapshot(), model.aliases(),
				(pricing != null) ? new PricingView(pricing.inputPerMillion(), pricing.outputPerMillion(),
						pricing.cachedInputPerMillion(), new TreeMap<>(pricing.otherUnits())) : null,
				CapabilitiesView.from(model), new TreeMap<>(model.metadata()));
	}

	@Schema(name = "FakeAIDeprecation")
	record DeprecationView(@JsonProperty("shutdown_date") @Nullable LocalDate shutdownDate,
			@JsonProperty("replacement") @Nullable String replacement, @JsonProperty("message") String message) {
	}

	@Schema(name = "FakeAIPricing")
	record PricingView(@JsonProperty("input_per_million") @Nullable Double inputPerMillion,
			@JsonProperty("output_per_million") @Nullable Double outputPerMillion,
			@JsonProperty("cached_input_per_million") @Nullable Double cachedInputPerMillion,
			@JsonProperty("other_units") Map<String, Double> otherUnits) {
	}

}
