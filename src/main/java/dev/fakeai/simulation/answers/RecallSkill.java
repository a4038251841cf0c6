package dev.fakeai.simulation.answers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recall of what the user said of themselves earlier ("My name is Ada", "my favourite
 * colour is green", "I live in Lyon", "I am 30 years old"), asked back ("What is my
 * name?", "Where do I live?"). What was never said is answered as not said, never
 * guessed.
 */
final class RecallSkill implements Skill {

	private static final Pattern NAME = Pattern.compile("(?i)\\b(?:my name is|my name's|call me|i am called|"
			+ "i'm called)\\s+([\\p{L}][\\p{L}'-]*(?:\\s+[\\p{Lu}][\\p{L}'-]*)?)");

	private static final Pattern IAM = Pattern
		.compile("\\b(?:I'm|I am|Im)\\s+([\\p{Lu}][\\p{L}'-]+)(?=\\s*(?:[.,!;]|$|and\\b))");

	private static final Pattern MY = Pattern
		.compile("(?i)\\bmy ((?:favou?rite |best |first |last |middle |dog's |cat's |"
				+ "pet's |)[\\p{L}]+(?: name| number| colou?r)?) is\\s+([^.,!?;\\n]+)");

	private static final Pattern LIVE = Pattern.compile("(?i)\\bi (?:live|am living|reside) in\\s+([^.,!?;\\n]+)");

	private static final Pattern FROM = Pattern.compile("(?i)\\bi(?:'m| am) from\\s+([^.,!?;\\n]+)");

	private static final Pattern AGE = Pattern.compile("(?i)\\bi(?:'m| am) (\\d{1,3})(?: years old| years of age|\\b)");

	private static final Pattern ASK_NAME = Pattern.compile("\\b(?:what(?:'s| is) my name|who am i|do you (?:know|"
			+ "remember) (?:my name|who i am)|what did i say my name (?:is|was)|what am i called|my name\\?)");

	private static final Pattern ASK_MY = Pattern.compile("\\bwhat(?:'s| is| was) my ([\\p{L}' ]+?)\\s*\\??$");

	private static final Pattern ASK_LIVE = Pattern.compile("\\bwhere do i live\\b|\\bwhere am i living\\b");

	private static final Pattern ASK_FROM = Pattern.compile("\\bwhere am i from\\b|\\bwhere do i come from\\b");

	private static final Pattern ASK_AGE = Pattern.compile("\\bhow old am i\\b|\\bwhat(?:'s| is) my age\\b");

	@Override
	public @Nullable Answer answer(Ask ask) {
		String lower = ask.question;
		if (!lower.contains("my") && !lower.contains("i ") && !lower.contains("am i")) {
			return null;
		}
		boolean name = ASK_NAME.matcher(lower).find();
		Matcher my = ASK_MY.matcher(lower);
		boolean live = ASK_LIVE.matcher(lower).find();
		boolean from = ASK_FROM.matcher(lower).find();
		boolean age = ASK_AGE.matcher(lower).find();
		if (!name && !my.find() && !live && !from && !age) {
			return null;
		}
		Map<String, String> said = said(ask);
		String key = name ? "name" : live ? "live" : from ? "from" : age ? "age" : attribute(my.group(1));
		String value = said.get(key);
		String what = switch (key) {
			case "live" -> "where you live";
			case "from" -> "where you are from";
			case "age" -> "how old you are";
			default -> "your " + key;
		};
		if (value == null) {
			return Answer.of("You haven't told me " + what + " yet.");
		}
		String full = switch (key) {
			case "live" -> "You live in " + value + ".";
			case "from" -> "You are from " + value + ".";
			case "age" -> "You are " + value + " years old.";
			default -> "Your " + key + " is " + value + ".";
		};
		return new Answer(full, value);
	}

	/** What the user said of themselves, the latest wording of each thing winning. */
	private static Map<String, String> said(Ask ask) {
		Map<String, String> said = new LinkedHashMap<>();
		for (String text : ask.conversation.userTexts()) {
			Matcher iam = IAM.matcher(text);
			while (iam.find()) {
				said.put("name", iam.group(1));
			}
			Matcher name = NAME.matcher(text);
			while (name.find()) {
				said.put("name", Words.capitalize(name.group(1).strip()));
			}
			Matcher my = MY.matcher(text);
			while (my.find()) {
				said.put(attribute(my.group(1)), Words.trimEnd(my.group(2)));
			}
			put(said, "live", LIVE.matcher(text));
			put(said, "from", FROM.matcher(text));
			put(said, "age", AGE.matcher(text));
		}
		return said;
	}

	private static void put(Map<String, String> said, String key, Matcher matcher) {
		while (matcher.find()) {
			said.put(key, Words.trimEnd(matcher.group(1)));
		}
	}

	private static String attribute(String words) {
		return words.toLowerCase(Locale.ROOT).strip().replace("favourite", "favorite").replace("colour", "color");
	}

}
