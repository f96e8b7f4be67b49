package io.hatchery.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The code rules every service checks with ArchUnit. */
public final class ArchitectureRules {

    /** {@code domain} packages are plain Java: no framework, storage, messaging or JSON imports. */
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                    "io.hatchery.persistence..", "io.hatchery.messaging..", "io.hatchery.web..")
            .because("business rules must stay readable and testable without any framework");

    /** Domain code does not reach into the service's application, web or storage layers. */
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses().that()
            .resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..web..", "..store..", "..events..")
            .because("dependencies point inwards: web and storage use the domain, never the reverse");

    private ArchitectureRules() {
    }
}
