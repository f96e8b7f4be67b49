package io.hatchery.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the shared test broker and Mongo, and at the test token issuer's public key. Every
 * context gets a database of its own; the broker and its topics are shared, so tests use ids and regions of their
 * own.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = "test-" + context.getEnvironment().getProperty("spring.application.name", "service")
                + "-" + CONTEXTS.incrementAndGet();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hatchery-test-infrastructure",
                Map.of(
                        "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                        "spring.mongodb.uri", infrastructure.mongoUri(database),
                        "spring.security.oauth2.resourceserver.jwt.public-key-location",
                        "file:" + infrastructure.publicKeyFile().toAbsolutePath())));
    }
}
