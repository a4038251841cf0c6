package dev.fakeai.simulation;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import org.jspecify.annotations.Nullable;

/**
 * Strings for a JSON schema's {@code pattern}, made by RgxGen from the regular expression
 * and kept only when they match it (with {@code find}, as JSON Schema applies patterns)
 * and fit the length bounds. A pattern that cannot be parsed, or whose strings could grow
 * large (repetition counts multiplied over the pattern above {@link #LARGEST}), gets
 * none: the caller keeps its own text and the validator has the last word.
 */
final class PatternStrings {

	/**
	 * How often an unbounded repetition ({@code *}, {@code +}, {@code {n,}}) repeats at
	 * most.
	 */
	private static final int REPEAT = 6;

	/** The most characters a pattern may make, by a coarse upper bound. */
	static final long LARGEST = 100_000;

	private static final int LONGEST_PATTERN = 1_000;

	private static final int ATTEMPTS = 8;

	/** Character classes (whose {@code +} and {@code *} are literals) and escapes. */
	private static final Pattern NOT_QUANTIFIERS = Pattern.compile("\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]");

	private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d{1,9})(?:,(\\d{0,9}))?\\}|[*+]");

	private static final RgxGenProperties PROPERTIES = new RgxGenProperties();

	/** Compiled patterns: schemas repeat from request to request. */
	private static final BoundedMemo<Optional<Pattern>> COMPILED = new BoundedMemo<>(1_024, LONGEST_PATTERN);

	static {
		RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(PROPERTIES, REPEAT);
	}

	private PatternStrings() {
	}

	/**
	 * The preferred text if it matches the pattern within the length bounds, else a
	 * string made for the pattern.
	 * @param pattern the schema's pattern
	 * @param preferred the text the value would have without a pattern
	 * @param minLength the shortest allowed
	 * @param maxLength the longest allowed
	 * @param random the seeded source of choices
	 * @return the string, or {@code null} when none could be made
	 */
	static @Nullable String fit(String pattern, String preferred, int minLength, int maxLength,
			RandomGenerator random) {
		if (pattern.length() > LONGEST_PATTERN) {
			return null;
		}
		Pattern compiled = compiled(pattern);
		if (compiled == null) {
			return null;
		}
		if (fits(compiled, preferred, minLength, maxLength)) {
			return preferred;
		}
		if (sizeBound(pattern) > LARGEST) {
			return null;
		}
		try {
			RgxGen generator = RgxGen.parse(PROPERTIES, pattern);
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				String value = generator.generate(random);
				if (fits(compiled, value, minLength, maxLength)) {
					return value;
				}
			}
		}
		catch (RegexBudgetException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// a construct RgxGen does not support: no string of ours
		}
		return null;
	}

	/**
	 * A regular expression from a schema, compiled once while it is in the memo.
	 * @param pattern the expression
	 * @return the compiled pattern, or {@code null} when it does not parse
	 */
	static @Nullable Pattern compiled(String pattern) {
		return COMPILED.get(pattern, PatternStrings::compile).orElse(null);
	}

	private static Optional<Pattern> compile(String pattern) {
		try {
			return Optional.of(Pattern.compile(pattern));
		}
		catch (PatternSyntaxException ex) {
			return Optional.empty();
		}
	}

	private static boolean fits(Pattern pattern, String value, int minLength, int maxLength) {
		return value.length() >= minLength && value.length() <= maxLength && RegexBudget.find(pattern, value);
	}

	/**
	 * A coarse upper bound on the length of a string made for the pattern: the product of
	 * every repetition's largest count, times the pattern's length.
	 * @param pattern the pattern
	 * @return the bound, saturating above {@link #LARGEST}
	 */
	static long sizeBound(String pattern) {
		String quantified = NOT_QUANTIFIERS.matcher(pattern).replaceAll("x");
		long bound = Math.max(1, quantified.length());
		Matcher matcher = QUANTIFIER.matcher(quantified);
		while (matcher.find() && bound <= LARGEST) {
			long most;
			if (matcher.group(1) == null) {
				most = REPEAT;
			}
			else if (matcher.group(2) == null) {
				most = Long.parseLong(matcher.group(1));
			}
			else if (matcher.group(2).isEmpty()) {
				most = Long.parseLong(matcher.group(1)) + REPEAT;
			}
			else {
				most = Long.parseLong(matcher.group(2));
			}
			bound *= Math.max(1, most);
		}
		return bound;
	}

}
