package io.hatchery.endtoend;

/**
 * Every service of this checkout behind the gateway, started once per test JVM for the test classes that only send
 * it requests (no killing, restarting or replicas), and stopped with the JVM. Each such class starting its own
 * services cost half a minute to two of every run on two cores; the test data of each class is its own anyway
 * (its regions, names and suffixes), since all share one broker. Those classes run last ({@link #ORDER}): once
 * started, this platform's statistics publish figures on the shared broker next to any other's.
 */
final class SharedPlatform {

    /** The {@link org.junit.jupiter.api.Order} of the classes using this platform: after all others. */
    static final int ORDER = Integer.MAX_VALUE;
    /**
     * The order of the access matrix, first of them: its fixtures open Yancheng's municipal cycle of 2025, and none
     * may exist before (a second is refused).
     */
    static final int FIRST = ORDER - 1;

    private static ServicesUnderTest services;

    private SharedPlatform() {
    }

    static synchronized ServicesUnderTest get() {
        if (services == null) {
            ServicesUnderTest started = ServicesUnderTest.everyService();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-platform-stop"));
            services = started;
        }
        return services;
    }
}
