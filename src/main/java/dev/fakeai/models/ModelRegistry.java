package dev.fakeai.models;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.fakeai.config.FakeAiProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every model the emulator knows: the selected provider catalogs plus models registered
 * or created at run time. Reads go to an immutable {@link RegistryIndex} without locking;
 * changes build a new index under a lock and publish it.
 */
public class ModelRegistry {

	private static final Logger logger = LoggerFactory.getLogger(ModelRegistry.class);

	private static final String ALL = "all";

	private final FakeAiProperties.Models settings;

	private final Map<String, ModelDefinition> models = new LinkedHashMap<>();

	private final Object lock = new Object();

	private volatile RegistryIndex index;

	private volatile AutoCreationHandler autoCreationHandler = new NameInferenceHandler();

	private final Set<String> created = new HashSet<>();

	/**
	 * Loads the catalogs that {@code settings.providers()} selects.
	 * @param catalogs every available catalog
	 * @param settings the registry settings
	 * @throws IllegalStateException when a provider is unknown or two models share an id
	 * or alias
	 */
	public ModelRegistry(List<ModelCatalog> catalogs, FakeAiProperties.Models settings) {
		long start = System.nanoTime();
		this.settings = settings;
		List<ModelDefinition> loaded = new ArrayList<>();
		selected(catalogs, settings.providers()).forEach((catalog) -> loaded.addAll(catalog.models()));
		this.index = RegistryIndex.of(loaded);
		loaded.forEach((model) -> this.models.put(model.id(), model));
		logger.info("Model registry loaded {} models from {} catalogs in {} ms", this.models.size(),
				this.index.byProvider().size(), (System.nanoTime() - start) / 1_000_000);
	}

	private static List<ModelCatalog> selected(List<ModelCatalog> catalogs, List<String> providers) {
		if (providers.stream().anyMatch(ALL::equalsIgnoreCase)) {
			return catalogs;
		}
		Set<String> known = new TreeSet<>();
		catalogs.forEach((catalog) -> known.add(catalog.provider()));
		List<String> unknown = providers.stream().filter((p) -> !known.contains(p)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException(
					"fakeai.models.providers names unknown providers " + unknown + "; use 'all' or some of " + known);
		}
		return catalogs.stream().filter((catalog) -> providers.contains(catalog.provider())).toList();
	}

	/**
	 * Replaces the handler that creates unknown models.
	 * @param handler the handler
	 */
	public void setAutoCreationHandler(AutoCreationHandler handler) {
		this.autoCreationHandler = handler;
	}

	/**
	 * Adds a model.
	 * @param model the model
	 * @throws IllegalStateException when its id or an alias is taken
	 */
	public void register(ModelDefinition model) {
		synchronized (this.lock) {
			if (this.models.containsKey(model.id())) {
				throw new IllegalStateException("Duplicate model id or alias '" + model.id() + "'");
			}
			Map<String, ModelDefinition> next = new LinkedHashMap<>(this.models);
			next.put(model.id(), model);
			this.index = RegistryIndex.of(next.values());
			this.models.put(model.id(), model);
		}
	}

	/**
	 * Removes a model by its id.
	 * @param id the exact id
	 * @return {@code true} when a model was removed
	 */
	public boolean unregister(String id) {
		synchronized (this.lock) {
			ModelDefinition removed = this.models.remove(id);
			if (removed == null) {
				return false;
			}
			this.created.remove(id);
			this.index = RegistryIndex.of(this.models.values());
			return true;
		}
	}

	/**
	 * Resolves an id through the whole lookup order, fuzzy matching as configured; a
	 * fine-tuned id ({@code ft:...}) only ever matches exactly.
	 * @param id the requested id
	 * @return found (and how) or not found with suggestions
	 */
	public ModelLookup lookup(String id) {
		return lookup(id, this.settings.fuzzyMatching() && FineTunedModelId.parse(id) == null);
	}

	/**
	 * Resolves an id: exact, alias, then with {@code fuzzy} normalized, substring and
	 * similarity.
	 * @param id the requested id
	 * @param fuzzy whether inexact matches are allowed
	 * @return found (and how) or not found with suggestions
	 */
	public ModelLookup lookup(String id, boolean fuzzy) {
		return this.index.resolve(id, fuzzy, this.settings.fuzzyThreshold());
	}

	/**
	 * The model an id resolves to, fuzzy matching as configured.
	 * @param id the requested id
	 * @return the model, if any
	 */
	public Optional<ModelDefinition> get(String id) {
		return get(id, this.settings.fuzzyMatching());
	}

	/**
	 * The model an id resolves to.
	 * @param id the requested id
	 * @param fuzzy whether inexact matches are allowed
	 * @return the model, if any
	 */
	public Optional<ModelDefinition> get(String id, boolean fuzzy) {
		return (lookup(id, fuzzy) instanceof ModelLookup.Found found) ? Optional.of(found.model()) : Optional.empty();
	}

	/**
	 * Resolves the model a request names, as an API does. Exact ids and aliases resolve;
	 * with the {@code emulator} profile so do spelling variants (case, punctuation,
	 * provider prefix). A name that only resembles a known one (a substring or a close
	 * edit) is a typo: not found, the resembled model suggested first. Other unknown
	 * names are created when auto-creation is on (fine-tuned ids derive from their base),
	 * except with the {@code openai} profile, where every unknown name is not found.
	 * @param id the requested id
	 * @return found (possibly {@link MatchKind#CREATED}) or not found, with suggestions
	 */
	public ModelLookup getOrCreate(String id) {
		boolean openai = this.settings.profile() == FakeAiProperties.Profile.OPENAI;
		ModelLookup lookup = lookup(id, !openai && this.settings.fuzzyMatching() && FineTunedModelId.parse(id) == null);
		if (lookup instanceof ModelLookup.Found found
				&& (found.kind() == MatchKind.SUBSTRING || found.kind() == MatchKind.SIMILARITY)
				&& isCreated(found.model().id())) {
			lookup = lookup(id, false);
		}
		if (lookup instanceof ModelLookup.Found found) {
			if (found.kind() != MatchKind.SUBSTRING && found.kind() != MatchKind.SIMILARITY) {
				return found;
			}
			List<String> suggestions = new ArrayList<>(List.of(found.model().id()));
			((ModelLookup.NotFound) lookup(id, false)).suggestions()
				.stream()
				.filter((suggested) -> !suggestions.contains(suggested))
				.forEach(suggestions::add);
			return new ModelLookup.NotFound(id, suggestions.subList(0, Math.min(3, suggestions.size())));
		}
		ModelLookup.NotFound notFound = (ModelLookup.NotFound) lookup;
		if (openai || !this.settings.autoCreate() || isTypo(id, notFound.suggestions())) {
			return notFound;
		}
		ModelDefinition created = create(id);
		if (created == null) {
			return lookup;
		}
		return new ModelLookup.Found(id, keep(created), MatchKind.CREATED, 0.0);
	}

	/**
	 * Whether a name is a near miss of one of the closest known models' ids or aliases;
	 * models created from earlier requests do not count, so that the answer does not
	 * depend on what was asked before.
	 */
	private boolean isTypo(String id, List<String> closest) {
		for (String suggested : closest) {
			ModelLookup.Found known = this.index.exactOrAlias(suggested);
			if (known == null || isCreated(known.model().id())) {
				continue;
			}
			ModelDefinition model = known.model();
			if (ModelNames.isTypoOf(id, model.id())
					|| model.aliases().stream().anyMatch((alias) -> ModelNames.isTypoOf(id, alias))) {
				return true;
			}
		}
		return false;
	}

	private boolean isCreated(String id) {
		synchronized (this.lock) {
			return this.created.contains(id);
		}
	}

	private @Nullable ModelDefinition create(String id) {
		FineTunedModelId fineTuned = FineTunedModelId.parse(id);
		if (fineTuned == null) {
			ModelDefinition created = this.autoCreationHandler.create(id);
			if (created != null && !created.id().equals(id)) {
				throw new IllegalStateException(
						"Auto-creation handler returned model '" + created.id() + "' for '" + id + "'");
			}
			return created;
		}
		ModelDefinition base = get(fineTuned.base()).orElseGet(() -> this.autoCreationHandler.create(fineTuned.base()));
		return (base != null) ? FineTunedModels.derive(id, fineTuned, base) : null;
	}

	private ModelDefinition keep(ModelDefinition created) {
		synchronized (this.lock) {
			ModelDefinition existing = this.models.get(created.id());
			if (existing != null) {
				return existing;
			}
			if (this.created.size() >= this.settings.maxAutoCreated()) {
				logger.warn("Not registering created model '{}': fakeai.models.max-auto-created ({}) reached",
						created.id(), this.settings.maxAutoCreated());
				return created;
			}
			register(created);
			this.created.add(created.id());
			logger.info("Created model '{}' on first use", created.id());
			return created;
		}
	}

	/**
	 * Whether an id or alias is registered (no fuzzy matching).
	 * @param id the id
	 * @return {@code true} when registered
	 */
	public boolean exists(String id) {
		return this.index.exactOrAlias(id) != null;
	}

	/**
	 * Every model, in catalog order then registration order.
	 * @return the models
	 */
	public List<ModelDefinition> list() {
		return List.copyOf(this.index.byId().values());
	}

	/**
	 * The models a filter keeps, answered from the capability, owner and provider
	 * indexes.
	 * @param filter the criteria
	 * @return the models, in listing order
	 */
	public List<ModelDefinition> list(ModelFilter filter) {
		RegistryIndex current = this.index;
		List<ModelDefinition> candidates;
		if (filter.capability() != null) {
			candidates = current.withCapability(filter.capability());
		}
		else if (filter.ownedBy() != null) {
			candidates = current.ownedBy(filter.ownedBy());
		}
		else if (filter.provider() != null) {
			candidates = current.fromProvider(filter.provider());
		}
		else {
			return List.copyOf(current.byId().values());
		}
		return (filter.criteria() == 1) ? candidates : candidates.stream().filter(filter::test).toList();
	}

	/**
	 * The models with a capability.
	 * @param capability the capability
	 * @return the models, from the index
	 */
	public List<ModelDefinition> withCapability(Capability capability) {
		return this.index.withCapability(capability);
	}

	/**
	 * The capabilities of the model an id resolves to.
	 * @param id the requested id
	 * @return the capabilities, if the model is known
	 */
	public Optional<ModelCapabilities> capabilities(String id) {
		return get(id).map(ModelDefinition::capabilities);
	}

	/**
	 * How many models are registered.
	 * @return the count
	 */
	public int count() {
		return this.index.byId().size();
	}

	/**
	 * Counts over the registry.
	 * @return the statistics
	 */
	public RegistryStatistics statistics() {
		RegistryIndex current = this.index;
		List<ModelDefinition> all = List.copyOf(current.byId().values());
		Map<String, Integer> byCapability = new TreeMap<>();
		for (Capability capability : Capability.values()) {
			byCapability.put(capability.wireName(), current.withCapability(capability).size());
		}
		return new RegistryStatistics(all.size(), all.stream().filter(ModelDefinition::active).count(),
				all.stream().filter(ModelDefinition::deprecated).count(),
				all.stream().filter(ModelDefinition::fineTuned).count(),
				all.stream().filter((m) -> "true".equals(m.metadata().get("auto_created"))).count(), byCapability,
				sizes(current.byOwner()), sizes(current.byProvider()));
	}

	private static Map<String, Integer> sizes(Map<String, List<ModelDefinition>> groups) {
		Map<String, Integer> sizes = new TreeMap<>();
		groups.forEach((key, list) -> sizes.put(key, list.size()));
		return sizes;
	}

	/**
	 * A read-only {@code Map} view: {@code get} and {@code containsKey} take ids and
	 * aliases (no fuzzy matching); iteration yields ids in listing order.
	 * @return the view
	 */
	public Map<String, ModelDefinition> asMap() {
		return new MapView();
	}

	private final class MapView extends AbstractMap<String, ModelDefinition> {

		@Override
		public @Nullable ModelDefinition get(Object key) {
			if (!(key instanceof String id)) {
				return null;
			}
			ModelLookup.Found found = ModelRegistry.this.index.exactOrAlias(id);
			return (found != null) ? found.model() : null;
		}

		@Override
		public boolean containsKey(Object key) {
			return get(key) != null;
		}

		@Override
		public Set<Entry<String, ModelDefinition>> entrySet() {
			return Collections.unmodifiableSet(ModelRegistry.this.index.byId().entrySet());
		}

		@Override
		public int size() {
			return ModelRegistry.this.index.byId().size();
		}

	}

}
