package io.hatchery.contracts;

/**
 * A Kafka topic of the catalogue: one stream per aggregate type, keyed by aggregate id.
 *
 * @param name      the topic name
 * @param owner     the service that alone publishes to it
 * @param aggregate what one key of the topic is
 */
public record Topic(String name, String owner, String aggregate) {

    /** Dead letters of one consumer group reading this topic. */
    public String deadLetterTopic(String consumerGroup) {
        return name + "." + consumerGroup + ".dlt";
    }

    @Override
    public String toString() {
        return name;
    }
}
