package dev.fakeai.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of every registered model with the maps lookup needs: ids,
 * aliases, normalized names and the capability, owner and provider indexes. The registry
 * swaps in a new snapshot on each change, so reads never lock.
 */
final class RegistryIndex {

	/** Requests longer than this skip fuzzy matching (edit distance is quadratic). */
	static final int MAX_FUZZY_LENGTH = 256;

	private static final int SUGGESTIONS = 3;

	private final Map<String, ModelDefinition> byId;

	private final Map<String, ModelDefinition> byAlias;

	private final Map<String, List<Key>> byNormalized;

	private final Key[] keys;

	private final Map<Capability, List<ModelDefinition>> byCapability;

	private final Map<String, List<ModelDefinition>> byOwner;

	private final Map<String, List<ModelDefinition>> byProvider;

	private RegistryIndex(Collection<ModelDefinition> models) {
		Map<String, ModelDefinition> ids = new LinkedHashMap<>();
		Map<String, ModelDefinition> aliases = new HashMap<>();
		Map<String, String> claimedBy = new HashMap<>();
		List<Key> allKeys = new ArrayList<>();
		for (ModelDefinition model : models) {
			claim(claimedBy, model.id(), model);
			ids.put(model.id(), model);
			allKeys.add(Key.of(model.id(), model));
			for (String alias : model.aliases()) {
				claim(claimedBy, alias, model);
				aliases.put(alias, model);
				allKeys.add(Key.of(alias, model));
			}
		}
		this.byId = Collections.unmodifiableMap(ids);
		this.byAlias = Map.copyOf(aliases);
		this.keys = allKeys.toArray(new Key[0]);
		Map<String, List<Key>> normalized = new HashMap<>();
		allKeys.forEach((key) -> normalized.computeIfAbsent(key.normalized(), (n) -> new ArrayList<>()).add(key));
		this.byNormalized = Map.copyOf(normalized);
		this.byCapability = indexByCapability(ids.values());
		this.byOwner = indexBy(ids.values(), ModelDefinition::ownedBy);
		this.byProvider = indexBy(ids.values(), ModelDefinition::provider);
	}

	/**
	 * Indexes the given models.
	 * @param models the models, in listing order
	 * @return the index
	 * @throws IllegalStateException when two models share an id or alias
	 */
	static RegistryIndex of(Collection<ModelDefinition> models) {
		return new RegistryIndex(models);
	}

	private static void claim(Map<String, String> claimedBy, String name, ModelDefinition model) {
		String owner = claimedBy.putIfAbsent(name, model.id());
		if (owner != null) {
			throw new IllegalStateException("Duplicate model id or alias '" + name + "': claimed by '" + owner
					+ "' and by '" + model.id() + "'");
		}
	}

	private static Map<Capability, List<ModelDefinition>> indexByCapability(Collection<ModelDefinition> models) {
		Map<Capability, List<ModelDefinition>> index = new EnumMap<>(Capability.class);
		for (Capability capability : Capability.values()) {
			index.put(capability, models.stream().filter((model) -> model.has(capability)).toList());
		}
		return Collections.unmodifiableMap(index);
	}

	private static Map<String, List<ModelDefinition>> indexBy(Collection<ModelDefinition> models,
			java.util.function.Function<ModelDefinition, String> key) {
		Map<String, List<ModelDefinition>> index = new LinkedHashMap<>();
		models.forEach((model) -> index.computeIfAbsent(key.apply(model), (k) -> new ArrayList<>()).add(model));
		index.replaceAll((k, list) -> List.copyOf(list));
		return Collections.unmodifiableMap(index);
	}

	Map<String, ModelDefinition> byId() {
		return this.byId;
	}

	List<ModelDefinition> withCapability(Capability capability) {
		return this.byCapability.get(capability);
	}

	List<ModelDefinition> ownedBy(String owner) {
		return this.byOwner.getOrDefault(owner, List.of());
	}

	List<ModelDefinition> fromProvider(String provider) {
		return this.byProvider.getOrDefault(provider, List.of());
	}

	Map<String, List<ModelDefinition>> byOwner() {
		return this.byOwner;
	}

	Map<String, List<ModelDefinition>> byProvider() {
		return this.byProvider;
	}

	/**
	 * Exact id, then alias.
	 * @param id the requested id
	 * @return the lookup, or {@code null} when neither matches
	 */
	ModelLookup.@Nullable Found exactOrAlias(String id) {
		ModelDefinition model = this.byId.get(id);
		if (model != null) {
			return new ModelLookup.Found(id, model, MatchKind.EXACT, 1.0);
		}
		model = this.byAlias.get(id);
		return (model != null) ? new ModelLookup.Found(id, model, MatchKind.ALIAS, 1.0) : null;
	}

	/**
	 * The whole lookup order short of creation: exact, alias, then (when {@code fuzzy})
	 * normalized, substring and similarity.
	 * @param requested the requested id
	 * @param fuzzy whether inexact matches are allowed
	 * @param threshold the least similarity a similarity match needs
	 * @return the outcome, with suggestions when nothing matched
	 */
	ModelLookup resolve(String requested, boolean fuzzy, double threshold) {
		ModelLookup.Found found = exactOrAlias(requested);
		if (found != null) {
			return found;
		}
		if (requested.length() > MAX_FUZZY_LENGTH) {
			return new ModelLookup.NotFound(requested, List.of());
		}
		Key query = Key.of(requested, null);
		if (fuzzy) {
			found = normalized(query);
			if (found != null) {
				return found;
			}
		}
		return new FuzzyScan(query, fuzzy, threshold).scan(this.keys);
	}

	private ModelLookup.@Nullable Found normalized(Key query) {
		for (Key key : this.byNormalized.getOrDefault(query.normalized(), List.of())) {
			if (key.allNumbers().equals(query.allNumbers())) {
				return new ModelLookup.Found(query.name(), key.model(), MatchKind.NORMALIZED, 1.0);
			}
		}
		return null;
	}

	/**
	 * A name (id or alias) in the forms lookup compares.
	 *
	 * @param name the id or alias as written
	 * @param normalized its normalized form
	 * @param numbers its significant numbers
	 * @param allNumbers its numbers with date stamps
	 * @param model the model it names, {@code null} for a query
	 */
	record Key(String name, String normalized, String numbers, String allNumbers, @Nullable ModelDefinition model) {

		static Key of(String name, @Nullable ModelDefinition model) {
			return new Key(name, ModelNames.normalize(name), ModelNames.significantNumbers(name),
					ModelNames.allNumbers(name), model);
		}

	}

	/**
	 * Fuzzy matching in two passes: the keys with the query's numbers are tried for a
	 * substring or similarity match (few keys, tight edit-distance bound); only on a miss
	 * are all keys ranked for suggestions, with the bit-parallel distance.
	 */
	private static final class FuzzyScan {

		private final Key query;

		private final boolean fuzzy;

		private final double threshold;

		private final List<ModelDefinition> suggested = new ArrayList<>(SUGGESTIONS + 1);

		private final List<Double> suggestedScores = new ArrayList<>(SUGGESTIONS + 1);

		FuzzyScan(Key query, boolean fuzzy, double threshold) {
			this.query = query;
			this.fuzzy = fuzzy;
			this.threshold = threshold;
		}

		ModelLookup scan(Key[] keys) {
			if (this.fuzzy) {
				ModelLookup.Found found = match(keys);
				if (found != null) {
					return found;
				}
			}
			EditDistancePattern pattern = new EditDistancePattern(this.query.normalized());
			for (Key key : keys) {
				rank(pattern, key);
			}
			return new ModelLookup.NotFound(this.query.name(),
					this.suggested.stream().map(ModelDefinition::id).toList());
		}

		private ModelLookup.@Nullable Found match(Key[] keys) {
			String q = this.query.normalized();
			Key bestSubstring = null;
			double bestSubstringScore = 0;
			Key bestSimilar = null;
			double bestSimilarScore = 0;
			for (Key key : keys) {
				if (!key.numbers().equals(this.query.numbers())) {
					continue;
				}
				String k = key.normalized();
				if (q.length() >= 3 && k.contains(q) && (double) q.length() / k.length() > bestSubstringScore) {
					bestSubstring = key;
					bestSubstringScore = (double) q.length() / k.length();
				}
				int longer = Math.max(q.length(), k.length());
				int limit = (int) Math.floor((1 - this.threshold) * longer + 1e-9);
				int distance = ModelNames.editDistance(q, k, limit);
				double similarity = (longer == 0) ? 1.0 : 1.0 - (double) distance / longer;
				if (distance <= limit && similarity > bestSimilarScore) {
					bestSimilar = key;
					bestSimilarScore = similarity;
				}
			}
			if (bestSubstring != null) {
				return new ModelLookup.Found(this.query.name(), bestSubstring.model(), MatchKind.SUBSTRING,
						bestSubstringScore);
			}
			return (bestSimilar != null) ? new ModelLookup.Found(this.query.name(), bestSimilar.model(),
					MatchKind.SIMILARITY, bestSimilarScore) : null;
		}

		private void rank(EditDistancePattern pattern, Key key) {
			String q = this.query.normalized();
			String k = key.normalized();
			int longer = Math.max(q.length(), k.length());
			if (this.suggested.size() == SUGGESTIONS) {
				double worst = this.suggestedScores.get(SUGGESTIONS - 1);
				if (Math.abs(q.length() - k.length()) > (1 - worst) * longer) {
					return;
				}
			}
			double similarity = (longer == 0) ? 1.0 : 1.0 - (double) pattern.distanceTo(k) / longer;
			suggest(key.model(), similarity);
		}

		private void suggest(ModelDefinition model, double similarity) {
			int existing = this.suggested.indexOf(model);
			if (existing >= 0) {
				if (this.suggestedScores.get(existing) >= similarity) {
					return;
				}
				this.suggested.remove(existing);
				this.suggestedScores.remove(existing);
			}
			int at = 0;
			while (at < this.suggested.size() && this.suggestedScores.get(at) >= similarity) {
				at++;
			}
			if (at >= SUGGESTIONS) {
				return;
			}
			this.suggested.add(at, model);
			this.suggestedScores.add(at, similarity);
			if (this.suggested.size() > SUGGESTIONS) {
				this.suggested.remove(SUGGESTIONS);
				this.suggestedScores.remove(SUGGESTIONS);
			}
		}

	}

}
