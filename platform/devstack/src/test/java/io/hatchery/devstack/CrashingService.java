package io.hatchery.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in service for {@link SupervisorTest}: answers {@code /actuator/health} on {@code SERVER_PORT}, and while
 * the file {@code CRASHES} counts down, dies with exit code 3 half a second after starting.
 */
public final class CrashingService {

    private CrashingService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path crashes = Path.of(System.getenv("CRASHES"));
        int left = Files.exists(crashes) ? Integer.parseInt(Files.readString(crashes).trim()) : 0;
        if (left > 0) {
            Files.writeString(crashes, Integer.toString(left - 1));
            Thread.sleep(500);
            System.out.println("crashing on purpose, " + (left - 1) + " crashes to go");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
