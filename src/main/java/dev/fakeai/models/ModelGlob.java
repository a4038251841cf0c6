package dev.fakeai.models;

import java.util.regex.Pattern;

/**
 * A model id or a glob of ids ({@code *} any characters, {@code ?} one), as fixtures and
 * fault rules name models.
 */
public final class ModelGlob {

	private ModelGlob() {
	}

	/**
	 * The glob as a pattern over whole ids.
	 * @param glob the id or glob
	 * @return the pattern
	 */
	public static Pattern compile(String glob) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : glob.toCharArray()) {
			if (c == '*' || c == '?') {
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append((c == '*') ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString());
	}

}
