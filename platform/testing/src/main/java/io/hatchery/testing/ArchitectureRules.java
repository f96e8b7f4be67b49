package io.hatchery.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The code rules every service applies with ArchUnit, all at once:
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);} in a test class
 * annotated {@code @AnalyzeClasses(packagesOf = <the service's application class>)}. Rules that find nothing to
 * check in a service (a gateway has no domain) pass there.
 */
public final class ArchitectureRules {

    private static final String[] HTTP = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "io.hatchery.web.."};

    /** {@code domain} packages are plain Java: no framework, storage, messaging or JSON imports. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                    "io.hatchery.persistence..", "io.hatchery.messaging..", "io.hatchery.web..",
                    "io.hatchery.application..")
            .because("business rules must stay readable and testable without any framework")
            .allowEmptyShould(true);

    /** Domain code does not reach into the service's application, web or storage layers. */
    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses().that()
            .resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..web..", "..store..", "..events..")
            .because("dependencies point inwards: web and storage use the domain, never the reverse")
            .allowEmptyShould(true);

    /** Application and domain code know nothing of HTTP: a command runs the same from a listener or a test. */
    @ArchTest
    public static final ArchRule APP_AND_DOMAIN_KNOW_NO_HTTP = noClasses().that()
            .resideInAnyPackage("..app..", "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(HTTP)
            .because("a command's path runs web → app → domain; HTTP is the web layer's business")
            .allowEmptyShould(true);

    /** Features of a service do not depend on each other in a circle. */
    @ArchTest
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("io.hatchery.(*).(*)..")
            .should().beFreeOfCycles()
            .because("a feature must be understandable, and removable, without the ones that use it")
            .allowEmptyShould(true);

    /** Kafka listeners live in {@code events} packages, next to the other message adapters of their feature. */
    @ArchTest
    public static final ArchRule KAFKA_LISTENERS_LIVE_IN_EVENTS = methods().that()
            .areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
            .should().beDeclaredInClassesThat().resideInAPackage("..events..")
            .because("a reader of the service's code finds what it consumes in its events packages")
            .allowEmptyShould(true);

    /** Whatever polls Kafka itself, without a listener container, is an events adapter too. */
    @ArchTest
    public static final ArchRule KAFKA_CONSUMERS_LIVE_IN_EVENTS = noClasses().that()
            .resideOutsideOfPackage("..events..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.consumer.Consumer")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.consumer.KafkaConsumer")
            .because("a reader of the service's code finds what it consumes in its events packages")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }
}
