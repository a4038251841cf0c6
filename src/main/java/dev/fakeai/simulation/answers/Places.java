package dev.fakeai.simulation.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The places a text names, in order: countries and capitals the tables know (any case),
 * and capitalised names after "in", "at", "for", "to", "from", "near" ("the weather in
 * Springfield", "San Francisco, CA").
 */
final class Places {

	/** A place named in a text. */
	record Place(String name, boolean country, int start, int end) {
	}

	private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:in|at|for|to|from|near|around|visit|"
			+ "visiting|between|and)\\s+((?:[\\p{Lu}][\\p{L}'-]+)(?:\\s+[\\p{Lu}][\\p{L}'-]+){0,2}"
			+ "(?:,\\s*[A-Z]{2}\\b|,\\s*[\\p{Lu}][\\p{L}]+)?)");

	private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "i", "the", "celsius", "fahrenheit", "english", "french", "spanish",
			"german", "json", "usd", "eur", "gbp", "me", "you", "it", "a");

	private static final Set<String> PLACE_WORDS = Set.of("city", "location", "place", "town", "destination", "origin",
			"address", "region", "area", "where", "country", "state", "locality", "venue", "departure", "arrival");

	private static final Set<String> ORIGIN_WORDS = Set.of("origin", "from", "departure", "source", "start");

	private static final Set<String> DESTINATION_WORDS = Set.of("destination", "to", "arrival", "target", "end");

	private Places() {
	}

	/** Whether a field's words ask for a place. */
	static boolean isPlaceField(List<String> words) {
		return words.stream()
			.anyMatch((word) -> PLACE_WORDS.contains(word) || ORIGIN_WORDS.contains(word)
					|| DESTINATION_WORDS.contains(word));
	}

	/**
	 * The place a field takes from a clause (the whole prompt where the clause names
	 * none): a country for a country field, not a country for a city, the one after
	 * "from" for an origin and after "to" for a destination; each place given once.
	 * @param words the field's words
	 * @param clause the clause
	 * @param prompt the whole prompt
	 * @param used what earlier fields took (added to)
	 * @return the place, or null
	 */
	static @Nullable String forField(List<String> words, String clause, String prompt, Set<String> used) {
		boolean country = words.contains("country");
		boolean city = words.contains("city") || words.contains("town");
		String source = clause;
		List<Place> places = in(source);
		if (places.isEmpty() && !clause.equals(prompt)) {
			source = prompt;
			places = in(source);
		}
		String after = words.stream().anyMatch(ORIGIN_WORDS::contains) ? "from"
				: words.stream().anyMatch(DESTINATION_WORDS::contains) ? "to" : null;
		for (Place place : country ? places : distinct(places)) {
			boolean fits = country ? place.country() : !city || !place.country();
			if (after != null) {
				String before = source.substring(Math.max(0, place.start() - after.length() - 1), place.start());
				fits = fits && before.toLowerCase(Locale.ROOT).strip().endsWith(after);
			}
			if (fits && used.add("p" + place.name())) {
				Knowledge.Country known = country ? Knowledge.get().country(place.name()) : null;
				return (known != null) ? known.names().get(0) : place.name();
			}
		}
		return null;
	}

	static List<Place> in(String text) {
		List<Place> places = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (Knowledge.Country country : Knowledge.get().countries) {
			for (String name : country.names()) {
				find(text, lower, name, true, places);
			}
			for (String name : country.capitals()) {
				find(text, lower, name, false, places);
			}
		}
		Matcher matcher = AFTER_PREPOSITION.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			boolean known = Knowledge.get().country(name) != null;
			if (!known && !NOT_PLACES.contains(name.toLowerCase(Locale.ROOT).split("[\\s,]")[0])) {
				add(places, new Place(name, false, matcher.start(1), matcher.end(1)));
			}
		}
		places.sort(Comparator.comparingInt(Place::start));
		return places;
	}

	private static void find(String text, String lower, String name, boolean country, List<Place> places) {
		String wanted = name.toLowerCase(Locale.ROOT);
		if (wanted.length() <= 2 && !name.equals(name.toUpperCase(Locale.ROOT))) {
			return;
		}
		int from = 0;
		for (int at = lower.indexOf(wanted, from); at >= 0; at = lower.indexOf(wanted, from)) {
			int end = at + wanted.length();
			boolean whole = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
					&& (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
			boolean caseFits = wanted.length() > 3 || text.startsWith(name, at);
			if (whole && caseFits) {
				add(places, new Place(text.substring(at, end), country, at, end));
			}
			from = end;
		}
	}

	/**
	 * Adds a place unless one of the same kind (country or not) covers it, replacing
	 * those of its kind it covers: "Paris, France" stays beside the country France.
	 */
	private static void add(List<Place> places, Place place) {
		for (Place known : places) {
			if (known.country() == place.country() && known.start() <= place.start() && known.end() >= place.end()) {
				return;
			}
		}
		places.removeIf((known) -> known.country() == place.country() && place.start() <= known.start()
				&& place.end() >= known.end());
		places.add(place);
	}

	/**
	 * The places that do not overlap an earlier one, non-countries first where they
	 * overlap.
	 */
	static List<Place> distinct(List<Place> places) {
		List<Place> chosen = new ArrayList<>();
		for (Place place : places) {
			boolean overlaps = false;
			for (Place other : places) {
				if (other != place && other.start() < place.end() && place.start() < other.end()
						&& (chosen.contains(other) || !other.country() && place.country())) {
					overlaps = true;
				}
			}
			if (!overlaps) {
				chosen.add(place);
			}
		}
		return chosen;
	}

}
