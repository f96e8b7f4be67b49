package io.hatchery.exchange.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** As deployed: a partner cannot make the platform call into its own network. */
@ServiceIntegrationTest
@TestPropertySource(properties = "hatchery.exchange.subscriptions.allow-private-sinks=false")
class PrivateSinkTest {

    @LocalServerPort
    int port;

    @Test
    void sinksOnLoopbackOrPrivateAddressesAreRefused() {
        ExchangeApi api = new ExchangeApi(port);
        String client = TestTokens.partnerToken(api.partner("320900", false,
                "hatchery.registry.carrier.registered.v1"), "320900");

        for (String sink : new String[] {"http://127.0.0.1:8081/api/registry/carriers", "http://10.0.0.7/hook",
                "http://169.254.169.254/latest/meta-data", "http://localhost:8080/"}) {
            ExchangeApi.Response refused = api.post("/subscriptions", client, "{\"sink\":\"" + sink + "\"}");
            assertThat(refused.status()).as(sink).isEqualTo(400);
            assertThat(refused.fields()).as(sink).containsExactly("sink");
        }
    }
}
