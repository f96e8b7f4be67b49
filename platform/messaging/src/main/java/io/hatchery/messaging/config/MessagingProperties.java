package io.hatchery.messaging.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the outbox relay, the consumers and the topics ({@code hatchery.messaging.*}). */
@ConfigurationProperties("hatchery.messaging")
public class MessagingProperties {

    private final Relay relay = new Relay();
    private final Consumer consumer = new Consumer();
    private final Topics topics = new Topics();

    public Relay getRelay() {
        return relay;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public Topics getTopics() {
        return topics;
    }

    public static class Relay {

        /** Whether this instance publishes outbox events at all. */
        private boolean enabled = true;
        /** How often the relay scans for events it was not told about (crash leftovers, other writers). */
        private Duration sweepInterval = Duration.ofSeconds(2);
        /** How long the relay lease lasts without renewal; another instance takes over after that. */
        private Duration leaseTtl = Duration.ofSeconds(15);
        /** Aggregates published per round. */
        private int batchSize = 200;
        /** Whether to wake on Mongo change streams where the server offers them. */
        private boolean changeStreams = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getSweepInterval() {
            return sweepInterval;
        }

        public void setSweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
        }

        public Duration getLeaseTtl() {
            return leaseTtl;
        }

        public void setLeaseTtl(Duration leaseTtl) {
            this.leaseTtl = leaseTtl;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public boolean isChangeStreams() {
            return changeStreams;
        }

        public void setChangeStreams(boolean changeStreams) {
            this.changeStreams = changeStreams;
        }
    }

    public static class Consumer {

        /** Retries of a failing record before it goes to the dead-letter topic. */
        private int retries = 3;
        /** Pause between retries. */
        private Duration retryBackoff = Duration.ofMillis(200);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getRetryBackoff() {
            return retryBackoff;
        }

        public void setRetryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
        }
    }

    public static class Topics {

        /** Partitions of the catalogue topics when this service creates them. */
        private int partitions = 3;
        /** Replication factor of created topics (1 for a single local broker, 3 in production). */
        private short replicationFactor = 1;

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicationFactor() {
            return replicationFactor;
        }

        public void setReplicationFactor(short replicationFactor) {
            this.replicationFactor = replicationFactor;
        }
    }
}
