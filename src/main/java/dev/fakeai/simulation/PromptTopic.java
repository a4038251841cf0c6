package dev.fakeai.simulation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a prompt is about, read the way a person skims it: the kind of request (greeting,
 * question, how-to, list, code, writing) and its subject phrase and keywords.
 *
 * @param intent the kind of request
 * @param subject the subject phrase, e.g. {@code the capital of France}
 * @param keywords the prompt's content words, in order of appearance
 * @param code what a request for code asks for ({@code null} for other intents)
 */
public record PromptTopic(Intent intent, String subject, List<String> keywords, @Nullable CodeRequest code) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#.-]*");

	private static final Pattern LEADING = Pattern.compile("^(?i)(?:(?:please|hey|hi|hello|ok|okay|so|now|"
			+ "can|could|would|will|you|kindly|tell|me|us|give|show|explain|describe|what's|whats|what|who's|"
			+ "who|where|when|which|why|how|is|are|was|were|do|does|did|i|we|to|a|an|about|write|"
			+ "create|make|generate|list|name|summarize|summarise|define|compare|help|with|some|briefly|"
			+ "quickly|should|need|want|let's|lets)(?![\\p{L}\\p{N}'])[\\s,:]*)+");

	private static final int MAX_SUBJECT_WORDS = 8;

	private static final int MAX_KEYWORDS = 64;

	private static final int MAX_READ = 20_000;

	/**
	 * Words that make a request one for code ({@code c++} and {@code c#} are matched as
	 * text).
	 */
	private static final Set<String> CODE_WORDS = Set.of("code", "function", "implement", "class", "method", "script",
			"program", "regex", "sql", "python", "java", "javascript", "typescript", "bash", "kotlin", "golang", "rust",
			"ruby", "php", "swift");

	private static final List<String> WRITING_STARTS = List.of("write", "compose", "draft");

	private static final Set<String> WRITING_WORDS = Set.of("poem", "haiku", "story", "email", "letter", "essay",
			"song");

	private static final List<String> HOW_TO_STARTS = List.of("how", "what are the steps", "steps");

	private static final List<String> LIST_STARTS = List.of("list", "name", "give me", "enumerate", "suggest");

	private static final Set<String> LIST_WORDS = Set.of("examples", "ideas", "tips", "ways");

	private static final List<String> GREETING_STARTS = List.of("hi", "hello", "hey", "thanks", "thank you",
			"good morning", "good evening");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.'-]+$");

	private static final Pattern END = Pattern.compile("[?!.\\s]+$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "are", "but", "not", "you", "your", "with",
			"that", "this", "from", "have", "has", "had", "was", "were", "what", "when", "where", "which", "who", "why",
			"how", "can", "could", "would", "should", "will", "about", "into", "over", "some", "any", "all", "there",
			"their", "they", "them", "then", "than", "its", "it's", "our", "out", "also", "just", "like", "please",
			"tell", "give", "show", "explain", "describe", "write", "make", "need", "want", "does", "did", "doing",
			"been", "being", "me", "my", "i'm", "what's", "who's", "that's", "there's", "here's", "let's", "how's",
			"where's", "is", "of", "in", "on", "to", "a", "an", "or", "do", "be", "as", "at", "by", "if", "so", "it",
			"we", "us", "hi", "hello", "hey", "thanks");

	/** The kinds of request the composer answers differently. */
	public enum Intent {

		/** Hello, thanks. */
		GREETING,
		/** How do I, steps. */
		HOW_TO,
		/** Why. */
		WHY,
		/** List, name, examples. */
		LIST,
		/** Code, function, implement. */
		CODE,
		/** Write a poem, story, email. */
		WRITING,
		/** What is, who is, explain. */
		EXPLAIN

	}

	public PromptTopic {
		keywords = List.copyOf(keywords);
	}

	/**
	 * Reads a prompt.
	 * @param prompt the last user message
	 * @return its topic
	 */
	public static PromptTopic of(String prompt) {
		String text = ((prompt.length() > MAX_READ) ? prompt.substring(0, MAX_READ) : prompt).strip();
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> keywords = new LinkedHashSet<>();
		var words = WORD.matcher(text);
		while (keywords.size() < MAX_KEYWORDS && words.find()) {
			String word = TRAILING_PUNCTUATION.matcher(words.group()).replaceAll("");
			if (word.length() >= 3 && !STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
				keywords.add(word);
			}
		}
		List<String> ordered = List.copyOf(keywords);
		Intent intent = intentOf(lower, ordered);
		return new PromptTopic(intent, subjectOf(text, ordered), ordered,
				(intent == Intent.CODE) ? CodeRequest.of(text) : null);
	}

	private static Intent intentOf(String lower, List<String> keywords) {
		Set<String> words = words(lower);
		if (containsAny(words, CODE_WORDS) || lower.contains("c++") || lower.contains("c#")) {
			return Intent.CODE;
		}
		if (startsWithAny(lower, WRITING_STARTS) || containsAny(words, WRITING_WORDS)) {
			return Intent.WRITING;
		}
		if (startsWithAny(lower, HOW_TO_STARTS)) {
			return Intent.HOW_TO;
		}
		if (lower.startsWith("why")) {
			return Intent.WHY;
		}
		if (startsWithAny(lower, LIST_STARTS) || containsAny(words, LIST_WORDS)) {
			return Intent.LIST;
		}
		if (keywords.isEmpty() || startsWithAny(lower, GREETING_STARTS) && keywords.size() <= 1) {
			return Intent.GREETING;
		}
		return Intent.EXPLAIN;
	}

	/**
	 * The text's words as a regular expression's {@code \b} sees them: runs of letters,
	 * digits, {@code _} and the marks that combine with them.
	 */
	private static Set<String> words(String lower) {
		Set<String> words = new HashSet<>();
		int start = -1;
		for (int i = 0; i <= lower.length(); i++) {
			boolean word = i < lower.length() && isWordChar(lower.charAt(i));
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				words.add(lower.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private static boolean isWordChar(char c) {
		return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static boolean containsAny(Set<String> words, Set<String> wanted) {
		for (String word : wanted) {
			if (words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text starts with a phrase that a word boundary ends. */
	private static boolean startsWithAny(String lower, List<String> phrases) {
		for (String phrase : phrases) {
			if (lower.startsWith(phrase)
					&& (lower.length() == phrase.length() || !isWordChar(lower.charAt(phrase.length())))) {
				return true;
			}
		}
		return false;
	}

	private static String subjectOf(String text, List<String> keywords) {
		String rest = END.matcher(LEADING.matcher(text).replaceFirst("")).replaceAll("").strip();
		String[] words = SPACES.split(rest);
		if (!rest.isEmpty() && words.length <= MAX_SUBJECT_WORDS) {
			return rest;
		}
		if (keywords.isEmpty()) {
			return "your question";
		}
		return String.join(" ", keywords.subList(0, Math.min(3, keywords.size())));
	}

	/**
	 * A keyword by position, wrapping around, or the subject when there are none.
	 * @param index any non-negative index
	 * @return a keyword
	 */
	public String keyword(int index) {
		return this.keywords.isEmpty() ? this.subject : this.keywords.get(index % this.keywords.size());
	}

}
