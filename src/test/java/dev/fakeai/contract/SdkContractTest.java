package dev.fakeai.contract;

import com.openai.client.OpenAIClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the contract tests against the real server share: its port, an openai-java client
 * with a test key, and a JSON mapper for raw bodies.
 */
abstract class SdkContractTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	OpenAIClient client() {
		return ContractTestClients.sdk(this.port, "sk-test");
	}

}
