package io.hatchery.console.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiPathTest {

    @Test
    void segmentsAndValuesAreEncodedAndEmptyOnesLeftOut() {
        assertThat(ApiPath.of("/api/statistics/regions/{}/indicators/{}/series", "320900", "carriers.count")
                .with("from", "2024-01-01").with("kind", List.of("INCUBATOR", "MAKER_SPACE")).with("levelAtLeast", "")
                .with("designation", null).toString())
                .isEqualTo("/api/statistics/regions/320900/indicators/carriers.count/series?from=2024-01-01"
                        + "&kind=INCUBATOR%2CMAKER_SPACE");
        assertThat(ApiPath.of("/api/registry/carriers/{}", "a/b c").with("name", "盐城 孵化").toString())
                .isEqualTo("/api/registry/carriers/a%2Fb%20c?name=%E7%9B%90%E5%9F%8E%20%E5%AD%B5%E5%8C%96");
    }
}
