package io.hatchery.registry.firm.app;

/** A firm with this USCC is already registered with other facts: one USCC is one firm. */
public class FirmAlreadyRegisteredException extends RuntimeException {

    private final String existingId;

    public FirmAlreadyRegisteredException(String existingId, String uscc) {
        super("a firm with USCC " + uscc + " is already registered as " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
