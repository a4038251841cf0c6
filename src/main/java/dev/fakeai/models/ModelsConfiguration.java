package dev.fakeai.models;

import java.util.List;

import dev.fakeai.config.FakeAiProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link ModelRegistry} from every {@link ModelCatalog} bean, with a custom
 * {@link AutoCreationHandler} bean when one is declared.
 */
@Configuration(proxyBeanMethods = false)
public class ModelsConfiguration {

	@Bean
	ModelRegistry modelRegistry(List<ModelCatalog> catalogs, FakeAiProperties properties,
			ObjectProvider<AutoCreationHandler> handler) {
		ModelRegistry registry = new ModelRegistry(catalogs, properties.models());
		handler.ifAvailable(registry::setAutoCreationHandler);
		return registry;
	}

	@Bean
	ModelsEndpoint modelsEndpoint(ModelRegistry registry) {
		return new ModelsEndpoint(registry);
	}

}
