package io.hatchery.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers started on loopback. They are chosen below the kernel's ephemeral range: a port the kernel hands
 * out as "free" lies in that range, and between the pick and the server's start an outgoing connection of any
 * process (a Kafka or Mongo client, a pooled HTTP connection) can take it as its local port, so the server fails to
 * bind ("Port … was already in use"). Below the range only servers bind; a port is also never handed out twice.
 */
public final class FreePorts {

    /** Lowest port handed out: above the well-known and most registered services' ports. */
    static final int LOWEST = 10_000;
    /** Linux's default start of the ephemeral range; other systems start higher (49152). */
    private static final int EPHEMERAL_LOW_DEFAULT = 32_768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int pick() {
        int below = ephemeralLow();
        for (int attempt = 0; attempt < 1_000 && below - LOWEST >= 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return fromTheKernel();
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range. */
    static int ephemeralLow() {
        // read as a stream: /proc files report a size of 0, and Files.readString then stops after one byte
        try (BufferedReader range = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return EPHEMERAL_LOW_DEFAULT;
        }
    }

    /** Where the range below the ephemeral one is too small to pick from (an unusual kernel setting). */
    private static int fromTheKernel() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
