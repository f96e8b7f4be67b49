package io.hatchery.gateway;

import java.net.ConnectException;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Route filter {@code ResendUndelivered}: sends a command once more, to the instance the load balancer picks next,
 * when it provably never reached the service: the connection could not be opened, or it closed while the request
 * body was still being sent (a pooled connection the service closed just as the request started on it). A service
 * cannot have acted on such a request. Any failure after the whole request was sent is left alone: the service may
 * have acted, and the command's client decides, with its Idempotency-Key. Reads are retried by the routes' Retry.
 */
@Component
public class ResendUndeliveredGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ResendUndeliveredGatewayFilterFactory.Config> {

    /** Reactor Netty's words for a connection that closed before the request body was sent in full. */
    static final String CLOSED_WHILE_SENDING = "while sending request body";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Log LOG = LogFactory.getLog(ResendUndeliveredGatewayFilterFactory.class);

    /** The route it filters, whose request bodies are kept for the second sending. */
    public static class Config implements HasRouteId {

        private String routeId;

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public String getRouteId() {
            return routeId;
        }
    }

    public ResendUndeliveredGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        if (config.getRouteId() != null) {
            enableBodyCaching(config.getRouteId());
        }
        return (exchange, chain) -> chain.filter(exchange).onErrorResume(
                error -> !READS.contains(exchange.getRequest().getMethod()) && undelivered(error)
                        && !exchange.getResponse().isCommitted(),
                error -> {
                    LOG.warn(exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
                            + " did not reach the service (" + error.getMessage() + "); sending it again");
                    ServerWebExchangeUtils.reset(exchange);
                    return chain.filter(exchange);
                });
    }

    static boolean undelivered(Throwable error) {
        return error instanceof ConnectException || error instanceof PrematureCloseException
                && error.getMessage() != null && error.getMessage().contains(CLOSED_WHILE_SENDING);
    }
}
