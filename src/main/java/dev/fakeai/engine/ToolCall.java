package dev.fakeai.engine;

/**
 * A function call the model makes.
 *
 * @param id the call id ({@code call_} and 24 characters)
 * @param name the function's name
 * @param arguments the arguments, a JSON object as text
 */
public record ToolCall(String id, String name, String arguments) {
}
