package dev.fakeai.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Schema;
import dev.fakeai.simulation.JsonSchemas;
import dev.fakeai.simulation.RegexBudgetException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated object value with the fields the prompt gives put in: first without the
 * optional fields the prompt says nothing of (a model does not invent them), then with
 * them, then the generated value alone; the first that the schema accepts.
 */
final class ToolArguments {

	private ToolArguments() {
	}

	static JsonNode fill(JsonNode generated, @Nullable JsonNode schema, ObjectNode known, @Nullable Schema compiled,
			JsonSchemas schemas) {
		if (!generated.isObject() || schema == null || known.isEmpty() && compiled == null) {
			return generated;
		}
		Set<String> required = new HashSet<>();
		schema.path("required").forEach((name) -> required.add(name.asString()));
		ObjectNode lean = ((ObjectNode) generated).deepCopy();
		lean.propertyNames()
			.stream()
			.filter((name) -> !required.contains(name) && !known.has(name))
			.toList()
			.forEach(lean::remove);
		for (Map.Entry<String, JsonNode> entry : known.properties()) {
			lean.set(entry.getKey(), entry.getValue());
		}
		if (valid(lean, compiled, schemas)) {
			return lean;
		}
		ObjectNode full = ((ObjectNode) generated).deepCopy();
		for (Map.Entry<String, JsonNode> entry : known.properties()) {
			full.set(entry.getKey(), entry.getValue());
		}
		return valid(full, compiled, schemas) ? full : generated;
	}

	private static boolean valid(JsonNode value, @Nullable Schema compiled, JsonSchemas schemas) {
		if (compiled == null) {
			return true;
		}
		try {
			return schemas.violations(compiled, value).isEmpty();
		}
		catch (RegexBudgetException ex) {
			return false;
		}
	}

}
