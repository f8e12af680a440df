package io.insurcrm.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule of {@link ArchitectureRules} twice: on the production classes of all modules,
 * where it must hold, and on the fixture tree, where it must be broken (so it can fail).
 */
class ArchitectureTest {
    /**
     * The modules' main classes, whether the reactor put them on the class path as target/classes
     * folders ({@code mvn test}) or as jars ({@code mvn verify}); test classes and test-jars excluded.
     */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("io.insurcrm");
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("io.insurcrm.archfixture");

    @Test
    void theRulesSeeEveryModule() {
        JavaClasses classes = PRODUCTION;
        for (String pkg : List.of("io.insurcrm.spi", "io.insurcrm.core", "io.insurcrm.storage",
                "io.insurcrm.examples", "io.insurcrm.examples.plugins")) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)),
                    "no production class found in " + pkg + ": the rules would pass vacuously");
        }
        assertFalse(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.insurcrm.archfixture")),
                "fixtures must not be mistaken for production code");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsOnTheProductionCode() {
        JavaClasses classes = PRODUCTION;
        return ArchitectureRules.all("io.insurcrm").entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(classes)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsViolatingFixture() {
        Map<String, ArchRule> rules = ArchitectureRules.all("io.insurcrm.archfixture");
        return rules.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            EvaluationResult result = e.getValue().evaluate(FIXTURE);
            assertTrue(result.hasViolation(), "the fixture breaks '" + e.getKey() + "' but the rule did not notice");
        }));
    }
}
