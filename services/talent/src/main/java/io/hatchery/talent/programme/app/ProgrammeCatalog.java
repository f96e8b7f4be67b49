package io.hatchery.talent.programme.app;

import io.hatchery.contracts.talent.RecognitionLevel;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's talent programmes ({@code hatchery.talent.programmes}): national, provincial, municipal and
 * county programmes under the codes the plans' targets use.
 */
@ConfigurationProperties("hatchery.talent")
public record ProgrammeCatalog(List<Programme> programmes) {

    public record Programme(String code, String name, RecognitionLevel level) {
    }

    public ProgrammeCatalog {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    public Optional<Programme> find(String code) {
        return programmes.stream().filter(programme -> programme.code().equals(code)).findFirst();
    }
}
