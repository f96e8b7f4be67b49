package io.hatchery.fundmatching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fund-matching: investors, funds, investments, policy loans, and financing requests with the funds proposed for
 * them and why. Publishes every change as an event.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FundMatchingApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundMatchingApplication.class, args);
    }
}
