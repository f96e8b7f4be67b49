package io.hatchery.registry.support;

import io.hatchery.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the registry's HTTP tests: the running service's API and the usual callers. */
public abstract class ApiTest {

    protected static final String ADMIN = TestTokens.token("PROVINCE_ADMIN", "320000");
    protected static final String YANCHENG = TestTokens.token("CITY_OFFICER", "320900");

    @LocalServerPort
    int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
