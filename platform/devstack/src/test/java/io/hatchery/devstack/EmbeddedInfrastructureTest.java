package io.hatchery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded servers are real: data written survives a restart of each. */
class EmbeddedInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void kafkaKeepsRecordsAcrossRestart() throws Exception {
        Path kafkaData = data.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(kafkaData, 0, Map.of());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka))) {
            producer.send(new ProducerRecord<>("restart-test", "k", "kept")).get();
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(kafkaData, 0, Map.of());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka))) {
            consumer.subscribe(List.of("restart-test"));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("kept");
        }
    }

    @Test
    void persistentMongoKeepsDocumentsAcrossRestart() {
        Path mongoData = data.resolve("mongo");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(mongoData, 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("d").getCollection("c").insertOne(new Document("_id", "x").append("v", 1));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(mongoData, 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("d").getCollection("c").find().first()).containsEntry("v", 1);
        }
    }

    @Test
    void persistentMongoKeepsOnlyTheLatestOplogEntries() {
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(data.resolve("mongo-oplog"), 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            List<Document> many = new java.util.ArrayList<>();
            for (int i = 0; i < BoundedOplog.ENTRIES + 1_000; i++) {
                many.add(new Document("_id", i));
            }
            client.getDatabase("d").getCollection("c").insertMany(many);

            assertThat(client.getDatabase("local").getCollection("oplog.rs").countDocuments())
                    .isEqualTo(BoundedOplog.ENTRIES);
        }
    }

    @Test
    void withDatabaseKeepsHostsAndOptions() {
        assertThat(MongoUris.withDatabase("mongodb://127.0.0.1:27017", "hatchery-registry"))
                .isEqualTo("mongodb://127.0.0.1:27017/hatchery-registry");
        assertThat(MongoUris.withDatabase("mongodb://u:p@h1:1,h2:2/admin?replicaSet=rs0", "hatchery-talent"))
                .isEqualTo("mongodb://u:p@h1:1,h2:2/hatchery-talent?replicaSet=rs0");
        assertThat(MongoUris.withDatabase("mongodb://h1/?replicaSet=rs0", "x"))
                .isEqualTo("mongodb://h1/x?replicaSet=rs0");
    }

    private static Properties producerConfig(EmbeddedKafka kafka) {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka.bootstrapServers());
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        return config;
    }

    private static Properties consumerConfig(EmbeddedKafka kafka) {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka.bootstrapServers());
        config.put("group.id", "restart-test");
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        return config;
    }
}
