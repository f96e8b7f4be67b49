package io.hatchery.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command the service never received is sent again, once; one it may have received is not. The service here is a
 * socket that behaves as told for each connection: it closes a connection while the command's body is still coming
 * (as a service closing a pooled connection just as a request starts on it), or after reading the whole command
 * without answering, or it reads the command and answers 201.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UndeliveredCommandTest {

    /** Larger than what the loopback's socket buffers hold, so the gateway is still sending when the service closes. */
    private static final int BODY_BYTES = 32 * 1024 * 1024;
    private static final Service SERVICE = new Service();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    RouteDefinitionLocator routes;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("hatchery.services.registry.url", () -> "http://127.0.0.1:" + SERVICE.port());
    }

    @AfterAll
    static void stopService() throws IOException {
        SERVICE.close();
    }

    @BeforeEach
    void reset() {
        SERVICE.received.set(0);
        SERVICE.connections.set(0);
    }

    private HttpResponse<String> command() throws Exception {
        byte[] body = new byte[BODY_BYTES];
        body[0] = '{';
        body[BODY_BYTES - 1] = '}';
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/imports"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCommandWhoseConnectionClosedWhileItWasSentIsSentAgainOnce() throws Exception {
        SERVICE.next.set(new Behaviour[] {Behaviour.CLOSE_WHILE_RECEIVING, Behaviour.ANSWER});

        HttpResponse<String> response = command();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(SERVICE.received.get()).as("whole commands the service read").isEqualTo(1);
    }

    @Test
    void aCommandTheServiceReadButDidNotAnswerIsNotSentAgain() throws Exception {
        SERVICE.next.set(new Behaviour[] {Behaviour.CLOSE_WITHOUT_ANSWER, Behaviour.ANSWER});

        HttpResponse<String> response = command();

        assertThat(response.statusCode()).as("the service may have acted on it: its client decides")
                .isEqualTo(503);
        assertThat(response.body()).contains("urn:hatchery:problem:service-unavailable");
        assertThat(SERVICE.received.get()).isEqualTo(1);
    }

    @Test
    void everyRouteToAServiceResendsWhatNeverReachedIt() {
        List<RouteDefinition> guarded = routes.getRouteDefinitions().filter(route -> route.getFilters().stream()
                .anyMatch(filter -> filter.getName().equals("CircuitBreaker"))).collectList().block();

        assertThat(guarded).extracting(RouteDefinition::getId).contains("registry", "evaluation", "fund-matching",
                "talent", "exchange", "statistics", "console");
        assertThat(guarded).allSatisfy(route -> assertThat(route.getFilters()).extracting(FilterDefinition::getName)
                .as(route.getId()).contains("ResendUndelivered"));
    }

    private enum Behaviour {
        /** Reads the request head, then closes its side while the body is coming, reading no more of it. */
        CLOSE_WHILE_RECEIVING,
        /** Reads the whole request, then closes without a response. */
        CLOSE_WITHOUT_ANSWER,
        /** Reads the whole request and answers 201. */
        ANSWER
    }

    /** A service on a plain socket: its n-th connection behaves as the n-th of {@link #next}. */
    private static final class Service implements AutoCloseable {

        /** What the service does on its first, second, … connection; the last one goes on. */
        final AtomicReference<Behaviour[]> next = new AtomicReference<>(new Behaviour[] {Behaviour.ANSWER});
        final AtomicInteger received = new AtomicInteger();
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket server;

        Service() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            daemon(this::accept);
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "undelivered-service");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Behaviour[] plan = next.get();
                    Behaviour behaviour = plan[Math.min(connections.getAndIncrement(), plan.length - 1)];
                    daemon(() -> serve(socket, behaviour));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket socket, Behaviour behaviour) {
            try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
                long length = contentLength(head(in));
                if (behaviour == Behaviour.CLOSE_WHILE_RECEIVING) {
                    // reading no more, the body fills the socket buffers and the gateway is still sending it
                    // when the close arrives
                    socket.shutdownOutput();
                    Thread.sleep(3_000);
                    return;
                }
                in.skipNBytes(length);
                received.incrementAndGet();
                if (behaviour == Behaviour.ANSWER) {
                    out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                            + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException ignored) {
                // the gateway closed its side
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String head(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed within the request head");
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        private static long contentLength(String head) {
            return head.lines().map(line -> line.toLowerCase(Locale.ROOT))
                    .filter(line -> line.startsWith("content-length:"))
                    .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).trim()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Content-Length in " + head));
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
