package dev.fakeai.simulation;

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
			+ "can|could|would|will|you|kindly|tell|me|us|give|show|explain|describe|what|what's|whats|who|"
			+ "who's|where|when|which|why|how|is|are|was|were|do|does|did|i|we|to|a|an|about|write|"
			+ "create|make|generate|list|name|summarize|summarise|define|compare|help|with|some|briefly|"
			+ "quickly|should|need|want|let's|lets)\\b[\\s,:]*)+");

	private static final int MAX_SUBJECT_WORDS = 8;

	private static final int MAX_KEYWORDS = 64;

	private static final int MAX_READ = 20_000;

	private static final Pattern CODE = Pattern.compile("\\b(code|function|implement|class|method|script|program"
			+ "|regex|sql|python|java|javascript|typescript|bash|kotlin|golang|rust|ruby|php|swift)\\b|c\\+\\+|c#");

	private static final Pattern WRITING = Pattern
		.compile("^(write|compose|draft)\\b|\\b(poem|haiku|story|email|letter|essay|song)\\b");

	private static final Pattern HOW_TO = Pattern.compile("^(how|what are the steps|steps)\\b");

	private static final Pattern LIST = Pattern
		.compile("^(list|name|give me|enumerate|suggest)\\b|\\b(examples|ideas|tips|ways)\\b");

	private static final Pattern GREETING = Pattern
		.compile("^(hi|hello|hey|thanks|thank you|good (morning|evening))\\b");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.'-]+$");

	private static final Pattern END = Pattern.compile("[?!.\\s]+$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "are", "but", "not", "you", "your", "with",
			"that", "this", "from", "have", "has", "had", "was", "were", "what", "when", "where", "which", "who", "why",
			"how", "can", "could", "would", "should", "will", "about", "into", "over", "some", "any", "all", "there",
			"their", "they", "them", "then", "than", "its", "it's", "our", "out", "also", "just", "like", "please",
			"tell", "give", "show", "explain", "describe", "write", "make", "need", "want", "does", "did", "doing",
			"been", "being", "me", "my", "i'm", "is", "of", "in", "on", "to", "a", "an", "or", "do", "be", "as", "at",
			"by", "if", "so", "it", "we", "us", "hi", "hello", "hey", "thanks");

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
		if (CODE.matcher(lower).find()) {
			return Intent.CODE;
		}
		if (WRITING.matcher(lower).find()) {
			return Intent.WRITING;
		}
		if (HOW_TO.matcher(lower).find()) {
			return Intent.HOW_TO;
		}
		if (lower.startsWith("why")) {
			return Intent.WHY;
		}
		if (LIST.matcher(lower).find()) {
			return Intent.LIST;
		}
		if (keywords.isEmpty() || GREETING.matcher(lower).find() && keywords.size() <= 1) {
			return Intent.GREETING;
		}
		return Intent.EXPLAIN;
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
