package io.hatchery.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.hatchery.devstack.FreePorts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service run as replicas listed in configuration ({@code lb://statistics}): reads are spread over them, and a
 * read or a command that meets a replica that is down goes to the next one instead of failing; a command a replica
 * answered, even with an error, is not sent again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayReplicasTest {

    private static final AtomicInteger FIRST_SERVED = new AtomicInteger();
    private static final AtomicInteger SECOND_SERVED = new AtomicInteger();
    private static final AtomicInteger COMMANDS_SERVED = new AtomicInteger();
    private static final AtomicInteger FAILED_COMMANDS = new AtomicInteger();
    private static final HttpServer FIRST = startReplica("first", FIRST_SERVED);
    private static final HttpServer SECOND = startReplica("second", SECOND_SERVED);
    private static final int STOPPED_REPLICA = FreePorts.pick();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void replicas(DynamicPropertyRegistry properties) {
        properties.add("hatchery.services.statistics.url", () -> "lb://statistics");
        properties.add("spring.cloud.discovery.client.simple.instances.statistics[0].uri",
                () -> "http://127.0.0.1:" + FIRST.getAddress().getPort());
        properties.add("spring.cloud.discovery.client.simple.instances.statistics[1].uri",
                () -> "http://127.0.0.1:" + SECOND.getAddress().getPort());
        properties.add("hatchery.services.evaluation.url", () -> "lb://evaluation");
        properties.add("spring.cloud.discovery.client.simple.instances.evaluation[0].uri",
                () -> "http://127.0.0.1:" + STOPPED_REPLICA);
        properties.add("spring.cloud.discovery.client.simple.instances.evaluation[1].uri",
                () -> "http://127.0.0.1:" + SECOND.getAddress().getPort());
    }

    @AfterAll
    static void stopReplicas() {
        FIRST.stop(0);
        SECOND.stop(0);
    }

    private static HttpServer startReplica(String name, AtomicInteger served) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/statistics/failing", exchange -> {
                FAILED_COMMANDS.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.createContext("/api/", exchange -> {
                if ("POST".equals(exchange.getRequestMethod())) {
                    COMMANDS_SERVED.incrementAndGet();
                } else {
                    served.incrementAndGet();
                }
                byte[] body = ("{\"replica\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void readsAreSpreadOverTheReplicas() throws Exception {
        FIRST_SERVED.set(0);
        SECOND_SERVED.set(0);

        for (int i = 0; i < 10; i++) {
            assertThat(send(to("/api/statistics/figures").GET()).statusCode()).isEqualTo(200);
        }

        assertThat(FIRST_SERVED.get()).as("round robin over two replicas").isEqualTo(5);
        assertThat(SECOND_SERVED.get()).isEqualTo(5);
    }

    @Test
    void aReadThatMeetsAStoppedReplicaIsServedByTheNext() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = send(to("/api/evaluation/cycles").GET());
            statuses.add(response.statusCode());
            bodies.add(response.body());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(bodies).containsOnly("{\"replica\":\"second\"}");
    }

    @Test
    void aCommandThatMeetsAStoppedReplicaGoesToTheNextOnce() throws Exception {
        COMMANDS_SERVED.set(0);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(send(to("/api/evaluation/cycles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
        }

        assertThat(statuses).as("a command the stopped replica never received is the live one's to answer")
                .containsExactly(200, 200, 200, 200);
        assertThat(COMMANDS_SERVED.get()).as("each command reached a replica once").isEqualTo(4);
    }

    @Test
    void aCommandAReplicaAnsweredWithAnErrorIsNotSentAgain() throws Exception {
        FAILED_COMMANDS.set(0);

        HttpResponse<String> response = send(to("/api/statistics/failing").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(FAILED_COMMANDS.get()).as("the replica may have acted: its client decides").isEqualTo(1);
    }
}
