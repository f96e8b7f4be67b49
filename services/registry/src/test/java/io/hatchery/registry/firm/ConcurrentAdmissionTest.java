package io.hatchery.registry.firm;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** Two officers admitting the same firm to different carriers at the same moment: exactly one wins. */
@ServiceIntegrationTest
class ConcurrentAdmissionTest extends ApiTest {

    @Test
    void ofTwoSimultaneousAdmissionsExactlyOneSucceeds() throws Exception {
        String north = api.registerCarrier("滨海北孵化器", "INCUBATOR", "320922", "2015-01-01", ADMIN);
        String south = api.registerCarrier("滨海南孵化器", "INCUBATOR", "320922", "2015-01-01", ADMIN);
        for (int round = 0; round < 10; round++) {
            String uscc = Uscc.complete("91320922MA1P%05d".formatted(round));
            String firm = api.post("/api/registry/firms", YANCHENG, """
                    {"uscc":"%s","name":"滨海并发%d科技有限公司","foundedOn":"2024-01-01","region":"320922"}
                    """.formatted(uscc, round)).json().get("id").asString();
            CyclicBarrier together = new CyclicBarrier(2);

            CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(() -> admit(firm, north, together));
            CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(() -> admit(firm, south, together));
            List<Api.Response> responses = List.of(first.get(), second.get());

            assertThat(responses).extracting(Api.Response::status).as("round " + round)
                    .containsExactlyInAnyOrder(200, 422);
            Api.Response refused = responses.stream().filter(response -> response.status() == 422).findFirst()
                    .orElseThrow();
            assertThat(refused.json().get("rule").asString()).isEqualTo("one-carrier-at-a-time");
            Api.Response winner = responses.stream().filter(response -> response.status() == 200).findFirst()
                    .orElseThrow();
            var stored = api.get("/api/registry/firms/" + firm, YANCHENG).json();
            assertThat(stored.get("incubations").size()).isEqualTo(1);
            assertThat(stored.get("current").get("carrierId").asString())
                    .isEqualTo(winner.json().get("current").get("carrierId").asString());
            assertThat(api.get("/api/registry/firms/" + firm + "/history", YANCHENG).json().size()).isEqualTo(2);
        }
    }

    private Api.Response admit(String firm, String carrier, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.post("/api/registry/firms/" + firm + "/admission", YANCHENG,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-05-01\"}".formatted(carrier));
    }
}
