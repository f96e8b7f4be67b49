package io.hatchery.contracts.identity;

/**
 * The registry's firm ids. A firm's id follows from its unified social credit code, so the same firm can never be
 * registered twice, and a service that knows only the USCC (an investment, an import row) names the same firm.
 */
public final class FirmIds {

    private static final String PREFIX = "firm-";

    private FirmIds() {
    }

    public static String of(String uscc) {
        return PREFIX + uscc;
    }

    /** The firm an event names: its firm id when it carries one, else the id its USCC gives. */
    public static String of(String firmId, String uscc) {
        return firmId != null ? firmId : of(uscc);
    }
}
