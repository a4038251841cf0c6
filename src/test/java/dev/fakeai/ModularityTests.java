package dev.fakeai;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape the code keeps as APIs are added: one API-neutral engine that knows no API,
 * API packages that never reach into each other, and delivery that knows neither.
 */
class ModularityTests {

	/** Every package that serves one API: wire records, parser, renderer. */
	private static final List<String> APIS = List.of("chat", "responses", "completions", "embeddings", "moderations",
			"audio", "images");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.fakeai");

	@Test
	void theEngineKnowsNoApiAndNoWebTypes() {
		noClasses().that()
			.resideInAPackage("dev.fakeai.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(apiPackages())
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "dev.fakeai.delivery..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void noApiPackageReachesIntoAnother() {
		for (String api : APIS) {
			noClasses().that()
				.resideInAPackage("dev.fakeai." + api + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(APIS.stream()
					.filter((other) -> !other.equals(api))
					.map((other) -> "dev.fakeai." + other + "..")
					.toArray(String[]::new))
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	@Test
	void fixturesScriptTheEngineWithoutKnowingAnyApi() {
		noClasses().that()
			.resideInAPackage("dev.fakeai.fixtures..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(apiPackages())
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.fakeai.delivery..", "dev.fakeai.admin..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("dev.fakeai.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.fakeai.fixtures..", "dev.fakeai.admin..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void deliveryKnowsNeitherTheEngineNorAnyApi() {
		noClasses().that()
			.resideInAPackage("dev.fakeai.delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(apiPackages())
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("dev.fakeai.engine..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	private static String[] apiPackages() {
		return APIS.stream().map((api) -> "dev.fakeai." + api + "..").toArray(String[]::new);
	}

}
