package io.hatchery.exchange;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Exchange: other departments subscribe to filtered, redacted feeds of the platform's events, and send in facts
 * the platform needs (deregistrations, moves, revenue, certificates, registrations).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExchangeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExchangeApplication.class, args);
    }
}
