package dev.fakeai.simulation;

/**
 * A schema for which no value can be made: its keywords contradict each other, or they
 * ask for more than the generator makes. Names the keyword and where it stands, so the
 * caller can tell the client exactly what to change.
 */
public final class UnsatisfiableSchemaException extends RuntimeException {

	private final String keyword;

	private final String location;

	/**
	 * A schema no value satisfies.
	 * @param keyword the keyword that cannot be met
	 * @param location the JSON pointer of the (sub)schema that holds it, {@code #} for
	 * the root
	 * @param reason why, in a sentence
	 */
	public UnsatisfiableSchemaException(String keyword, String location, String reason) {
		super("no value satisfies '" + keyword + "' at '" + location + "': " + reason);
		this.keyword = keyword;
		this.location = location;
	}

	/**
	 * The keyword that cannot be met.
	 * @return the keyword
	 */
	public String keyword() {
		return this.keyword;
	}

	/**
	 * Where the keyword stands.
	 * @return a JSON pointer into the schema ({@code #} is the root)
	 */
	public String location() {
		return this.location;
	}

}
