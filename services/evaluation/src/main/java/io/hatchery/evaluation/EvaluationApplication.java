package io.hatchery.evaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Evaluation: action plans and their targets, the yearly evaluation of carriers, certification checks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EvaluationApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationApplication.class, args);
    }
}
