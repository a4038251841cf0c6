package dev.fakeai.simulation.answers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * People's names in a text, for fields such as {@code name}, {@code firstName} or
 * {@code author}: a capitalised name after the words that introduce one ("named", "Mr.",
 * "for"), else any capitalised name that does not start a sentence, is not a place and is
 * not a language.
 */
final class Persons {

	private static final Set<String> FIRST_NAME = Set.of("first", "given");

	private static final Set<String> LAST_NAME = Set.of("last", "surname", "family");

	private static final Pattern PERSON = Pattern
		.compile("(?<=[\\p{L},:] )([\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+)?)");

	/**
	 * A name after the words that introduce one: "named", "called", "my name is", "Mr.".
	 */
	private static final Pattern NAMED_PERSON = Pattern
		.compile("(?i:named|called|name is|name's|i'm|i am|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|dear|by|for|with|to|from|"
				+ "user|customer|author)\\s+([\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+)?)");

	/** Capitalised words that start sentences, not names. */
	private static final Set<String> NOT_NAMES = Set.of("In", "The", "A", "An", "On", "At", "It", "He", "She", "We",
			"They", "This", "That", "These", "Those", "My", "Our", "Your", "His", "Her", "Their", "What", "When",
			"Where", "Who", "Why", "How", "Please", "Hi", "Hello", "Dear", "Extract", "Create", "Find", "Get", "Send",
			"Book", "Give", "Tell", "Show", "Return", "Make", "Add", "Set", "Use", "If", "And", "But", "Or", "For",
			"From", "With", "To", "As", "Of", "By", "After", "Before", "During", "Today", "Yesterday", "Tomorrow");

	private Persons() {
	}

	/**
	 * The name a field takes: its first word for a first or given name, its last for a
	 * last name or surname, else all of it; each name given once per part.
	 * @param words the field's words
	 * @param text the text to read
	 * @param used what earlier fields took (added to)
	 * @return the name, or null
	 */
	static @Nullable String forField(List<String> words, String text, Set<String> used) {
		int part = words.stream().anyMatch(FIRST_NAME::contains) ? 0
				: words.stream().anyMatch(LAST_NAME::contains) ? -1 : 1;
		Set<String> places = new HashSet<>();
		for (Places.Place place : Places.in(text)) {
			places.add(place.name());
		}
		for (Pattern pattern : List.of(NAMED_PERSON, PERSON)) {
			String found = find(pattern, text, part, places, used);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable String find(Pattern pattern, String text, int part, Set<String> places, Set<String> used) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			String[] words = name.split(" ");
			if (NOT_NAMES.contains(words[0]) || places.contains(name)
					|| Knowledge.get().languages.containsKey(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (used.add("h" + part + name)) {
				return (part == 0) ? words[0] : (part < 0) ? words[words.length - 1] : name;
			}
		}
		return null;
	}

}
