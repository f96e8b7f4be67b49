package io.hatchery.directory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The registry directory of a service that depends on this module: its read model ({@code directory_firms},
 * {@code directory_carriers}) and the listener that keeps it from the registry's events.
 */
@AutoConfiguration
public class DirectoryAutoConfiguration {

    @Bean
    RegistryDirectory registryDirectory(MongoTemplate mongo) {
        return new RegistryDirectory(mongo);
    }

    @Bean
    DirectoryListener registryDirectoryListener(RegistryDirectory directory) {
        return new DirectoryListener(directory);
    }
}
