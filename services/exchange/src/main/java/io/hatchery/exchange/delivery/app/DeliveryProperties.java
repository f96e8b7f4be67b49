package io.hatchery.exchange.delivery.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings of a deployment ({@code hatchery.exchange.delivery.*}).
 *
 * @param origin           the origin this platform announces in webhook validation and deliveries
 * @param circuitOpen      how long a sink's circuit stays open after repeated failures before one trial call
 * @param handshakeBackoff the longest pause between validation handshakes of a sink that has not answered yet
 */
@ConfigurationProperties("hatchery.exchange.delivery")
public record DeliveryProperties(@DefaultValue("hatchery.local") String origin,
        @DefaultValue("30s") Duration circuitOpen, @DefaultValue("60s") Duration handshakeBackoff) {
}
