package io.hatchery.testing;

import io.hatchery.devstack.EmbeddedKafka;
import io.hatchery.devstack.EmbeddedMongo;
import io.hatchery.devstack.LocalTokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one Kafka broker and one Mongo server of this test JVM, shared by every test class, started on first use and
 * stopped when the JVM exits. With a Docker engine they are the real {@code apache/kafka} and {@code mongo} images
 * (Testcontainers); without one they are the embedded real Kafka broker and the Mongo-wire server of the devstack.
 * Never a skip: a test that needs them always gets them.
 *
 * <p>{@code -Dhatchery.test.infrastructure=embedded|containers} forces one kind.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    private static final String MONGO_IMAGE = "mongo:8.0";

    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;
    private final String kind;
    private final LocalTokenIssuer tokenIssuer;
    private final Path publicKeyFile;

    private TestInfrastructure(String kafkaBootstrapServers, String mongoConnectionString, String kind) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
        this.kind = kind;
        this.tokenIssuer = LocalTokenIssuer.generate();
        try {
            this.publicKeyFile = Files.createTempFile("hatchery-test-jwt", ".pem");
            publicKeyFile.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenIssuer.writePublicKey(publicKeyFile);
    }

    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Connection string of the server, without a database. */
    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    public String mongoUri(String database) {
        return mongoConnectionString + "/" + database;
    }

    /** {@code embedded} or {@code containers}. */
    public String kind() {
        return kind;
    }

    public LocalTokenIssuer tokenIssuer() {
        return tokenIssuer;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    private static TestInfrastructure start() {
        String forced = System.getProperty("hatchery.test.infrastructure", "auto");
        boolean containers = switch (forced) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
        long started = System.nanoTime();
        TestInfrastructure infrastructure = containers ? startContainers() : startEmbedded();
        log.info("Test infrastructure ({}) ready in {} ms: kafka {}, mongo {}", infrastructure.kind,
                (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrapServers,
                infrastructure.mongoConnectionString);
        return infrastructure;
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "test-infrastructure-stop"));
        String mongoUri = mongo.getConnectionString();
        return new TestInfrastructure(kafka.getBootstrapServers(), mongoUri, "containers");
    }

    private static TestInfrastructure startEmbedded() {
        Path kafkaData;
        try {
            kafkaData = Files.createTempDirectory("hatchery-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaData, 0, Map.of());
        EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
            deleteRecursively(kafkaData);
        }, "test-infrastructure-stop"));
        return new TestInfrastructure(kafka.bootstrapServers(), mongo.connectionString(), "embedded");
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}", directory, e);
        }
    }
}
