package dev.fakeai.models;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/models}: registry statistics (totals, by capability, owner and
 * provider, fine-tuned, deprecated, auto-created).
 */
@Endpoint(id = "models")
class ModelsEndpoint {

	private final ModelRegistry registry;

	ModelsEndpoint(ModelRegistry registry) {
		this.registry = registry;
	}

	@ReadOperation
	RegistryStatistics statistics() {
		return this.registry.statistics();
	}

}
