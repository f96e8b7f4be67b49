package io.hatchery.evaluation.scheme.app;

import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.evaluation.scheme.domain.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The evaluation schemes shipped as data ({@code schemes/*.yaml} on the classpath), by id. */
@Component
public class SchemeCatalog {

    private final Map<String, Scheme> schemes = new TreeMap<>();

    public SchemeCatalog() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:schemes/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    Scheme scheme = yaml.readValue(in, Scheme.class);
                    schemes.put(scheme.id(), scheme);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation schemes", e);
        }
    }

    public Scheme require(String id) {
        Scheme scheme = schemes.get(id);
        if (scheme == null) {
            throw InvalidRequestException.of("schemeId", "'" + id + "' is not a scheme; known: " + schemes.keySet());
        }
        return scheme;
    }

    public Map<String, Scheme> all() {
        return Map.copyOf(schemes);
    }
}
