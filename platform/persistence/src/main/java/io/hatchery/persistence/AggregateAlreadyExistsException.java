package io.hatchery.persistence;

/** An aggregate with that id exists already (for example a retried create under the same idempotency key). */
public class AggregateAlreadyExistsException extends RuntimeException {

    private final String kind;
    private final String id;

    public AggregateAlreadyExistsException(String kind, String id) {
        super(kind + " " + id + " exists already");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
