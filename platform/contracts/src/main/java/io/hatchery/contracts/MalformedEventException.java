package io.hatchery.contracts;

/** An event that cannot be read: missing attributes, unknown encoding, or data that does not fit its type. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
