package dev.fakeai.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.fakeai.models.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written o200k split against the tokenizer's own regular expression (the
 * alternatives jtokkit 1.1.0 joins for {@code o200k_base}, compiled with
 * {@link Pattern#UNICODE_CHARACTER_CLASS} as jtokkit does), piece for piece, over edge
 * cases, generated answers and a seeded fuzz corpus; and the memoized counts and tokens
 * against the tokenizer's own.
 */
class O200kPiecesTests {

	private static final Pattern O200K = Pattern.compile(String.join("|",
			"[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
			"[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
			"\\p{N}{1,3}", " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*", "\\s*[\\r\\n]+", "\\s+(?!\\S)", "\\s+"),
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final String ALPHABET = "aAbZzy09  \t\n\r'\"().,;:/-_!?*#`sStTrReEvVmMlLdD";

	private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

	private final TokenCounter counter = new TokenCounter();

	private static List<String> byRegex(String text) {
		List<String> pieces = new ArrayList<>();
		Matcher matcher = O200K.matcher(text);
		while (matcher.find()) {
			pieces.add(matcher.group());
		}
		return pieces;
	}

	private static List<String> byHand(String text) {
		List<String> pieces = new ArrayList<>();
		assertThat(O200kPieces.split(text, pieces)).as(text).isTrue();
		return pieces;
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Hello World", "  word", "\t\tword", "\n  word", "word  ", "a\n\nb", ".\n\nNext",
			" (word", "((word", " 'word", "it's", "it'S", "DON'T", "Don't", "I'M", "we're", "rock'n roll", "3rd",
			"1234567", " 123", "abc123def", "HTTPServer", "aBc", "ABC", "x /y", "a//\n\nb", "end.\r\n", "  \n",
			"\r\n\r\n", "tab\there", "'''", "e.g. 2 + 2 = 4", "```python\ndef f(x):\n    return x\n```" })
	void edgeCasesSplitAsTheRegexDoes(String text) {
		assertThat(byHand(text)).isEqualTo(byRegex(text));
	}

	@Test
	void aSeededFuzzCorpusSplitsAsTheRegexDoes() {
		SplittableRandom random = new SplittableRandom(200);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int j = 0; j < length; j++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			assertThat(byHand(text.toString())).as("%s", text).isEqualTo(byRegex(text.toString()));
		}
	}

	@Test
	void generatedAnswersSplitAndCountAsTheTokenizerDoes() {
		TextComposer composer = new TextComposer();
		String[] prompts = { "Explain photosynthesis", "Why is the sky blue?", "List ideas for a party",
				"Write a Go function that sums a slice", "How do I bake bread?", "Write a poem about the sea", "Hello",
				"Compare C++ with Rust's borrow checker (briefly)" };
		for (String prompt : prompts) {
			for (long seed = 0; seed < 20; seed++) {
				String answer = composer.answer(PromptTopic.of(prompt), new SplittableRandom(seed));
				assertThat(byHand(answer)).isEqualTo(byRegex(answer));
				assertThat(this.counter.count(Tokenizer.O200K_BASE, answer))
					.isEqualTo(ENCODING.countTokensOrdinary(answer));
			}
		}
	}

	private static List<byte[]> tokenBytes(String text) {
		IntArrayList ids = ENCODING.encodeOrdinary(text);
		List<byte[]> bytes = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			IntArrayList single = new IntArrayList(1);
			single.add(ids.get(i));
			bytes.add(ENCODING.decodeBytes(single));
		}
		return bytes;
	}

	@Test
	void textOutsideAsciiIsLeftToTheTokenizerAndStillCountsExactly() {
		String text = "Café au lait, naïve résumé — お誕生日おめでとう 🎉";

		assertThat(O200kPieces.split(text, new ArrayList<>())).isFalse();
		assertThat(this.counter.count(Tokenizer.O200K_BASE, text)).isEqualTo(ENCODING.countTokensOrdinary(text));
	}

}
