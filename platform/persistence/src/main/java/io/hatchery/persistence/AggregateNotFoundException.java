package io.hatchery.persistence;

/** No aggregate of that kind has that id. */
public class AggregateNotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public AggregateNotFoundException(String kind, String id) {
        super(kind + " " + id + " does not exist");
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
