package dev.fakeai.engine;

import dev.fakeai.models.ModelDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Where the engine asks for a scripted answer before it simulates one: the fixtures, when
 * they are on.
 */
public interface ScriptBook {

	/**
	 * The script for a call, claiming one of its uses.
	 * @param query what is asked
	 * @return the script, or {@code null} to simulate
	 */
	@Nullable Script find(Query query);

	/**
	 * What a script is looked up by.
	 *
	 * @param api the calling API's short name ({@code chat}, {@code responses},
	 * {@code completions})
	 * @param request the request, as its API's parser made it
	 * @param model the resolved model
	 * @param call the call's headers
	 */
	record Query(String api, GenerationRequest request, ModelDefinition model, CallContext call) {
	}

}
