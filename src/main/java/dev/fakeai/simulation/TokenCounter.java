package dev.fakeai.simulation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.fakeai.models.Tokenizer;

/**
 * Token counts and token boundaries from the real tokenizers (jtokkit's
 * {@code o200k_base} and {@code cl100k_base}). Thread-safe; one instance serves the
 * application.
 */
public final class TokenCounter {

	private final CompletableFuture<Encoding> o200k;

	private final CompletableFuture<Encoding> cl100k;

	private final BoundedMemo<Integer> o200kCounts = new BoundedMemo<>(16_384, 4_096);

	private final BoundedMemo<Integer> cl100kCounts = new BoundedMemo<>(16_384, 4_096);

	/**
	 * Counts of o200k pieces (words with their leading space, numbers, punctuation runs).
	 */
	private final BoundedMemo<Integer> o200kPieceCounts = new BoundedMemo<>(65_536, 64);

	/** Tokens of o200k pieces. */
	private final BoundedMemo<List<Token>> o200kPieceTokens = new BoundedMemo<>(65_536, 64);

	private final BoundedMemo<List<Token>> o200kTokens = new BoundedMemo<>(2_048, 4_096);

	private final BoundedMemo<List<Token>> cl100kTokens = new BoundedMemo<>(2_048, 4_096);

	/**
	 * Starts loading both vocabularies in the background, so start-up does not wait for
	 * them; the first count waits only if they are not loaded yet.
	 */
	public TokenCounter() {
		EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
		this.o200k = CompletableFuture.supplyAsync(() -> registry.getEncoding(EncodingType.O200K_BASE));
		this.cl100k = CompletableFuture.supplyAsync(() -> registry.getEncoding(EncodingType.CL100K_BASE));
	}

	/**
	 * How many tokens a text has.
	 * @param tokenizer the tokenizer
	 * @param text the text
	 * @return the count
	 */
	public int count(Tokenizer tokenizer, String text) {
		if (text.isEmpty()) {
			return 0;
		}
		Encoding encoding = encoding(tokenizer);
		if (tokenizer == Tokenizer.O200K_BASE) {
			return this.o200kCounts.get(text, (key) -> countByPieces(encoding, key));
		}
		return this.cl100kCounts.get(text, encoding::countTokensOrdinary);
	}

	/**
	 * The count as the sum of its pieces' counts, each memoized: the tokenizer encodes
	 * every piece on its own, so the sum is exact, and a new text made of words seen
	 * before costs no regular expression and no byte-pair encoding.
	 */
	private int countByPieces(Encoding encoding, String text) {
		List<String> pieces = new ArrayList<>(text.length() / 4 + 1);
		if (!O200kPieces.split(text, pieces)) {
			return encoding.countTokensOrdinary(text);
		}
		int total = 0;
		for (String piece : pieces) {
			total += this.o200kPieceCounts.get(piece, encoding::countTokensOrdinary);
		}
		return total;
	}

	/**
	 * The tokens of a text.
	 * @param tokenizer the tokenizer
	 * @param text the text
	 * @return each token with its bytes
	 */
	public List<Token> tokens(Tokenizer tokenizer, String text) {
		Encoding encoding = encoding(tokenizer);
		if (tokenizer == Tokenizer.O200K_BASE) {
			return this.o200kTokens.get(text, (key) -> tokensByPieces(encoding, key));
		}
		return this.cl100kTokens.get(text, (key) -> split(encoding, key));
	}

	/**
	 * The tokens as the concatenation of its pieces' tokens, each memoized (see
	 * {@link #countByPieces}).
	 */
	private List<Token> tokensByPieces(Encoding encoding, String text) {
		List<String> pieces = new ArrayList<>(text.length() / 4 + 1);
		if (!O200kPieces.split(text, pieces)) {
			return split(encoding, text);
		}
		List<Token> tokens = new ArrayList<>(pieces.size() + pieces.size() / 2);
		for (String piece : pieces) {
			tokens.addAll(this.o200kPieceTokens.get(piece, (key) -> split(encoding, key)));
		}
		return List.copyOf(tokens);
	}

	private static List<Token> split(Encoding encoding, String text) {
		IntArrayList ids = encoding.encodeOrdinary(text);
		List<Token> tokens = new ArrayList<>(ids.size());
		IntArrayList single = new IntArrayList(1);
		for (int i = 0; i < ids.size(); i++) {
			single.clear();
			single.add(ids.get(i));
			byte[] bytes = encoding.decodeBytes(single);
			tokens.add(new Token(new String(bytes, StandardCharsets.UTF_8), bytes));
		}
		return List.copyOf(tokens);
	}

	/**
	 * The longest prefix of a text that fits in a number of tokens.
	 * @param tokenizer the tokenizer
	 * @param text the text
	 * @param maxTokens the budget
	 * @return the prefix (the whole text when it fits)
	 */
	public String truncate(Tokenizer tokenizer, String text, int maxTokens) {
		if (maxTokens <= 0) {
			return "";
		}
		Encoding encoding = encoding(tokenizer);
		IntArrayList ids = encoding.encodeOrdinary(text);
		if (ids.size() <= maxTokens) {
			return text;
		}
		IntArrayList kept = new IntArrayList(maxTokens);
		for (int i = 0; i < maxTokens; i++) {
			kept.add(ids.get(i));
		}
		return encoding.decode(kept);
	}

	/**
	 * The id of a text's first token, for {@code logit_bias}.
	 * @param tokenizer the tokenizer
	 * @param text the text
	 * @return the id, or -1 for the empty text
	 */
	public int firstTokenId(Tokenizer tokenizer, String text) {
		IntArrayList ids = encoding(tokenizer).encodeOrdinary(text);
		return ids.isEmpty() ? -1 : ids.get(0);
	}

	/**
	 * The token ids of a text.
	 * @param tokenizer the tokenizer
	 * @param text the text
	 * @return the ids, in order
	 */
	public List<Integer> ids(Tokenizer tokenizer, String text) {
		IntArrayList ids = encoding(tokenizer).encodeOrdinary(text);
		List<Integer> list = new java.util.ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			list.add(ids.get(i));
		}
		return list;
	}

	/**
	 * The text of token ids.
	 * @param tokenizer the tokenizer
	 * @param ids the token ids
	 * @return the text, or {@code null} when an id is not in the tokenizer's vocabulary
	 */
	public @Nullable String decode(Tokenizer tokenizer, List<Integer> ids) {
		IntArrayList list = new IntArrayList(ids.size());
		ids.forEach(list::add);
		try {
			return encoding(tokenizer).decode(list);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Encoding encoding(Tokenizer tokenizer) {
		return ((tokenizer == Tokenizer.O200K_BASE) ? this.o200k : this.cl100k).join();
	}

}
