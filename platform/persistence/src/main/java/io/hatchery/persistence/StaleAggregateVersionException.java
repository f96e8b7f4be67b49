package io.hatchery.persistence;

/** The aggregate changed since it was read: the command must be retried on the new state (HTTP 409). */
public class StaleAggregateVersionException extends RuntimeException {

    private final String kind;
    private final String id;
    private final long expectedVersion;

    public StaleAggregateVersionException(String kind, String id, long expectedVersion) {
        super(kind + " " + id + " was changed by someone else since version " + expectedVersion);
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
