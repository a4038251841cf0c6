package dev.fakeai.simulation.answers;

import org.jspecify.annotations.Nullable;

/** One behaviour of the answer engine: it answers a request it recognises, else null. */
interface Skill {

	@Nullable Answer answer(Ask ask);

}
