package io.hatchery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDateTest {

    @Test
    void theFirstLoadsDayIsKeptForEveryLaterLoad(@TempDir Path home) throws Exception {
        assertThat(HatcheryCli.demoDate(home)).isEqualTo(LocalDate.now());
        Files.writeString(home.resolve("var/demo-as-of"), "2026-03-01\n");

        assertThat(HatcheryCli.demoDate(home)).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
