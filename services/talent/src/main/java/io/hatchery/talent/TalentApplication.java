package io.hatchery.talent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Talent: people and their programmes, mentors, carriers' service staff, operating teams, talent platforms and
 * activities. People's personal data is sealed field by field and never leaves in events (ADR 12).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TalentApplication {

    public static void main(String[] args) {
        SpringApplication.run(TalentApplication.class, args);
    }
}
