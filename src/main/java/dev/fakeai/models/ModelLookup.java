package dev.fakeai.models;

import java.util.List;

/**
 * The outcome of resolving a requested model id: found (and how), or not found with the
 * closest ids.
 */
public sealed interface ModelLookup {

	/**
	 * The id the caller asked for.
	 * @return the requested id
	 */
	String requested();

	/**
	 * A resolved model.
	 *
	 * @param requested the id asked for
	 * @param model the model it resolved to
	 * @param kind how it matched
	 * @param confidence 1.0 for exact and alias matches, the similarity for fuzzy ones, 0
	 * for created models
	 */
	record Found(String requested, ModelDefinition model, MatchKind kind, double confidence) implements ModelLookup {
	}

	/**
	 * No model.
	 *
	 * @param requested the id asked for
	 * @param suggestions up to three of the closest known ids, closest first
	 */
	record NotFound(String requested, List<String> suggestions) implements ModelLookup {

		public NotFound {
			suggestions = List.copyOf(suggestions);
		}

	}

}
