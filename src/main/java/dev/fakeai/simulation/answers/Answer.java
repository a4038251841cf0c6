package dev.fakeai.simulation.answers;

/**
 * A skill's answer: a full sentence, and the bare answer for a request that asks for only
 * the answer ("only the number", "one word").
 *
 * @param full the answer as a sentence
 * @param core the answer alone
 */
record Answer(String full, String core) {

	static Answer of(String text) {
		return new Answer(text, text);
	}

}
