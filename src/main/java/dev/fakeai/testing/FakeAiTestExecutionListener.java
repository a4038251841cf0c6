package dev.fakeai.testing;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Clears, after each test of a context with a fakeai, the fixtures the test added and the
 * requests it made.
 */
class FakeAiTestExecutionListener implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()
				&& testContext.getApplicationContext().getBeanProvider(FakeAiServer.class).getIfAvailable() != null) {
			testContext.getApplicationContext().getBean(FakeAiServer.class).reset();
		}
	}

}
