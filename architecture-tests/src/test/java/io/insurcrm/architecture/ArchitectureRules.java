package io.insurcrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The module boundaries of InsurCRM as ArchUnit rules. Every rule is written against a root
 * package so the same rule runs on the real code ({@code io.insurcrm}) and on a fixture tree
 * ({@code io.insurcrm.archfixture}) that breaks it on purpose: a rule that cannot fail proves nothing.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Rule name → rule, for a code base rooted at {@code root}. */
    static Map<String, ArchRule> all(String root) {
        String spi = root + ".spi..";
        String core = root + ".core..";
        String storage = root + ".storage..";
        String analytics = root + ".analytics..";
        String examples = root + ".examples..";
        String library = "(" + spi + "|" + core + "|" + storage + "|" + analytics + ")";
        Map<String, ArchRule> rules = new LinkedHashMap<>();

        rules.put("spi depends on the JDK only", classes().that().resideInAPackage(spi)
                .should().onlyDependOnClassesThat().resideInAnyPackage(spi, "java..")
                .allowEmptyShould(true));

        rules.put("only storage uses jOOQ, Flyway and HikariCP", noClasses().that().resideOutsideOfPackage(storage)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "com.zaxxer..")
                .allowEmptyShould(true));

        rules.put("core depends on neither storage nor analytics", noClasses().that().resideInAPackage(core)
                .should().dependOnClassesThat().resideInAnyPackage(storage, analytics)
                .allowEmptyShould(true));

        rules.put("analytics does not depend on storage", noClasses().that().resideInAPackage(analytics)
                .should().dependOnClassesThat().resideInAnyPackage(storage)
                .allowEmptyShould(true));

        rules.put("storage internals (and the generated jOOQ code) are used only inside storage",
                noClasses().that().resideOutsideOfPackage(storage)
                        .should().dependOnClassesThat().resideInAPackage(root + ".storage.internal..")
                        .allowEmptyShould(true));
        rules.put("core internals are used only inside core", noClasses().that().resideOutsideOfPackage(core)
                .should().dependOnClassesThat().resideInAPackage(root + ".core..internal..")
                .allowEmptyShould(true));

        rules.put("domain model packages are free of Guice and jakarta.inject", noClasses()
                .that().resideInAnyPackage(
                        root + ".core.common..", root + ".core.identifier..", root + ".core.access..",
                        root + ".core.organisation..", root + ".core.customer..", root + ".core.policy..",
                        root + ".core.claim..", root + ".core.interaction..", root + ".core.view..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .allowEmptyShould(true));

        rules.put("no cycles between modules", slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true));
        rules.put("no cycles between core packages", slices().matching(root + ".core.(*)..").should()
                .beFreeOfCycles().allowEmptyShould(true));
        rules.put("no cycles between storage packages", slices().matching(root + ".storage.(*)..").should()
                .beFreeOfCycles().allowEmptyShould(true));

        rules.put("no field injection", GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
                .allowEmptyShould(true));
        rules.put("the library writes no System.out or System.err", noClasses().that().resideInAPackage(library)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).allowEmptyShould(true));
        rules.put("no java.util.logging", noClasses().that().resideInAPackage(library)
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING).allowEmptyShould(true));
        rules.put("exceptions are named ...Exception", classes().that().areAssignableTo(Throwable.class)
                .and().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Exception").allowEmptyShould(true));
        rules.put("examples use only the public API of the library", noClasses().that().resideInAPackage(examples)
                .should().dependOnClassesThat().resideInAnyPackage(root + ".storage..", root + ".core..internal..",
                        "org.jooq..")
                .allowEmptyShould(true));
        rules.put("plugins in examples depend on crm-plugins-api and the JDK only", classes()
                .that().resideInAPackage(root + ".examples.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(spi, root + ".examples.plugins..", "java..",
                        "javax..")
                .allowEmptyShould(true));
        return rules;
    }
}
