package dev.fakeai.models.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.fakeai.config.FakeAiProperties;
import dev.fakeai.models.Capability;
import dev.fakeai.models.ModelCapabilities;
import dev.fakeai.models.ModelCatalog;
import dev.fakeai.models.ModelDefinition;
import dev.fakeai.models.ModelRegistry;
import dev.fakeai.models.MoeConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every provider catalog is consistent in itself and holds the facts of the reference
 * catalog ({@code src/test/resources/reference/catalog.json}) for each of its models.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogConsistencyTests {

	private final List<ModelCatalog> catalogs = ProviderCatalogs.all();

	private final Map<String, ModelDefinition> models = new HashMap<>();

	private final Map<String, JsonNode> reference = new HashMap<>();

	@BeforeAll
	void load() throws IOException {
		this.catalogs.forEach((catalog) -> catalog.models().forEach((m) -> this.models.put(m.id(), m)));
		try (InputStream in = getClass().getResourceAsStream("/reference/catalog.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			root.forEach((entry) -> this.reference.put(entry.get("id").asString(), entry));
		}
	}

	@Test
	void everyCatalogComponentIsListedInProviderCatalogs() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		scanner.addIncludeFilter(new AssignableTypeFilter(ModelCatalog.class));
		Set<String> components = new HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.fakeai.models.catalog")) {
			components.add(candidate.getBeanClassName());
		}

		assertThat(this.catalogs).extracting((catalog) -> catalog.getClass().getName())
			.containsExactlyInAnyOrderElementsOf(components);
	}

	@Test
	void holdsTheHundredReferenceModelsOnceEach() {
		List<String> ids = new ArrayList<>();
		this.catalogs.forEach((catalog) -> catalog.models().forEach((m) -> ids.add(m.id())));

		assertThat(ids).doesNotHaveDuplicates()
			.hasSize(100)
			.containsExactlyInAnyOrderElementsOf(this.reference.keySet());
		assertThat(new ModelRegistry(this.catalogs, FakeAiProperties.Models.defaults()).count()).isEqualTo(100);
	}

	@Test
	void eachCatalogIsConsistentInItself() {
		long earliest = LocalDate.of(2020, 1, 1).toEpochDay() * 86_400;
		long now = Instant.now().getEpochSecond();
		assertSoftly((softly) -> {
			for (ModelCatalog catalog : this.catalogs) {
				softly.assertThat(catalog.models()).as(catalog.provider()).isNotEmpty();
				for (ModelDefinition model : catalog.models()) {
					ModelCapabilities caps = model.capabilities();
					softly.assertThat(model.provider()).as(model.id()).isEqualTo(catalog.provider());
					softly.assertThat(caps.maxOutputTokens()).as(model.id()).isLessThanOrEqualTo(caps.contextWindow());
					softly.assertThat(model.created()).as(model.id()).isBetween(earliest, now);
					softly.assertThat(caps.embeddings() != null)
						.as(model.id())
						.isEqualTo(model.has(Capability.EMBEDDINGS));
					if (model.snapshot() != null) {
						softly.assertThat(model.aliases()).as(model.id()).contains(model.snapshot());
					}
					if (model.has(Capability.CHAT)) {
						softly.assertThat(model.has(Capability.STREAMING)).as(model.id()).isTrue();
					}
				}
			}
		});
	}

	@Test
	void everyModelCarriesItsReferenceFacts() {
		assertSoftly((softly) -> this.reference.forEach((id, ref) -> {
			ModelDefinition model = this.models.get(id);
			softly.assertThat(model).as(id).isNotNull();
			if (model == null) {
				return;
			}
			ModelCapabilities caps = model.capabilities();
			softly.assertThat(model.ownedBy()).as(id + " owned_by").isEqualTo(ref.get("owned_by").asString());
			softly.assertThat(model.provider()).as(id + " provider").isEqualTo(ref.get("provider").asString());
			softly.assertThat(model.displayName()).as(id).isEqualTo(ref.get("display_name").asString());
			softly.assertThat(caps.family()).as(id).isEqualTo(ref.get("family").asString());
			if (!ref.get("created").isNull()) {
				softly.assertThat(model.created()).as(id + " created").isEqualTo(ref.get("created").asLong());
			}
			if (!ref.get("context_window").isNull()) {
				softly.assertThat(caps.contextWindow())
					.as(id + " context")
					.isEqualTo(ref.get("context_window").asInt());
			}
			if (!ref.get("max_output_tokens").isNull()) {
				softly.assertThat(caps.maxOutputTokens())
					.as(id + " max output")
					.isEqualTo(ref.get("max_output_tokens").asInt());
			}
			JsonNode maxInput = ref.get("max_input_tokens");
			softly.assertThat(caps.maxInputTokens())
				.as(id + " max input")
				.isEqualTo((maxInput == null || maxInput.isNull()) ? null : maxInput.asInt());
			ref.get("capabilities").properties().forEach((flag) -> {
				Capability capability = Capability.valueOf(flag.getKey().toUpperCase(Locale.ROOT));
				softly.assertThat(model.has(capability))
					.as(id + " " + flag.getKey())
					.isEqualTo(flag.getValue().asBoolean(false));
			});
			checkPricing(softly, id, model, ref.get("pricing"));
			checkArchitecture(softly, id, caps, ref);
			checkLifecycle(softly, id, model, ref);
			List<String> aliases = new ArrayList<>();
			ref.get("aliases").forEach((alias) -> aliases.add(alias.asString()));
			softly.assertThat(model.aliases()).as(id + " aliases").containsAll(aliases);
			JsonNode observed = ref.get("observed_latency");
			if (observed != null && !observed.isNull()) {
				softly.assertThat(caps.latency().tokensPerSecond())
					.as(id + " tokens/s")
					.isCloseTo(observed.get("output_tokens_per_second").asDouble(),
							org.assertj.core.data.Offset.offset(0.06));
			}
		}));
	}

	private static void checkPricing(org.assertj.core.api.SoftAssertions softly, String id, ModelDefinition model,
			JsonNode pricing) {
		Double input = nullableDouble(pricing.get("input_per_million"));
		Double output = nullableDouble(pricing.get("output_per_million"));
		Double cached = nullableDouble(pricing.get("cached_input_per_million"));
		if (model.pricing() == null) {
			softly.assertThat(new Double[] { input, output, cached }).as(id + " pricing").containsOnlyNulls();
			return;
		}
		softly.assertThat(model.pricing().inputPerMillion()).as(id + " input price").isEqualTo(input);
		softly.assertThat(model.pricing().outputPerMillion()).as(id + " output price").isEqualTo(output);
		softly.assertThat(model.pricing().cachedInputPerMillion()).as(id + " cached price").isEqualTo(cached);
	}

	private static void checkArchitecture(org.assertj.core.api.SoftAssertions softly, String id, ModelCapabilities caps,
			JsonNode ref) {
		JsonNode architecture = ref.get("architecture");
		if (architecture.get("moe").asBoolean(false)) {
			MoeConfig moe = caps.moe();
			softly.assertThat(moe).as(id + " moe").isNotNull();
			if (moe != null) {
				softly.assertThat(moe.totalParameters()).as(id).isEqualTo(architecture.get("total_params").asLong());
				softly.assertThat(moe.activeParameters()).as(id).isEqualTo(architecture.get("active_params").asLong());
				softly.assertThat(moe.experts()).as(id).isEqualTo(nullableInt(architecture.get("num_experts")));
				softly.assertThat(moe.expertsPerToken())
					.as(id)
					.isEqualTo(nullableInt(architecture.get("experts_per_token")));
			}
		}
		else {
			softly.assertThat(caps.moe()).as(id + " moe").isNull();
		}
		if (!ref.get("parameter_count").isNull()) {
			softly.assertThat(caps.parameterCount())
				.as(id + " parameters")
				.isEqualTo(ref.get("parameter_count").asLong());
		}
		JsonNode dimensions = ref.get("embedding_dimensions");
		if (!dimensions.isNull()) {
			softly.assertThat(caps.embeddings()).as(id + " embeddings").isNotNull();
			if (caps.embeddings() != null) {
				softly.assertThat(caps.embeddings().dimensions()).as(id).isEqualTo(dimensions.get("default").asInt());
				softly.assertThat(caps.embeddings().reducible())
					.as(id)
					.isEqualTo(dimensions.get("reducible").asBoolean());
			}
		}
	}

	private static void checkLifecycle(org.assertj.core.api.SoftAssertions softly, String id, ModelDefinition model,
			JsonNode ref) {
		boolean deprecated = ref.get("deprecated").asBoolean(false);
		softly.assertThat(model.deprecated()).as(id + " deprecated").isEqualTo(deprecated);
		softly.assertThat(model.active())
			.as(id + " active")
			.isEqualTo(!"retired".equals(ref.get("lifecycle_status").asString()));
		if (deprecated && model.deprecation() != null) {
			JsonNode date = ref.get("deprecation_date");
			softly.assertThat(model.deprecation().shutdownDate())
				.as(id + " shutdown")
				.isEqualTo(date.isNull() ? null : LocalDate.parse(date.asString()));
			JsonNode replacement = ref.get("replacement");
			softly.assertThat(model.deprecation().replacement())
				.as(id + " replacement")
				.isEqualTo(replacement.isNull() ? null : replacement.asString());
		}
		if (!ref.get("released").isNull()) {
			softly.assertThat(model.version()).as(id + " released").isEqualTo(ref.get("released").asString());
		}
	}

	private static Double nullableDouble(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asDouble();
	}

	private static Integer nullableInt(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asInt();
	}

}
