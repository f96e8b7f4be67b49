package io.hatchery.gateway;

import io.hatchery.contracts.identity.RequestIds;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own errors — no route (404), a route's timeout (504), anything unforeseen (500) — as RFC 9457
 * problem details, like every service's. Runs before Spring Boot's default handler, which answers with its own
 * JSON shape.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ProblemDetail problem = problemOf(exchange, failure);
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static ProblemDetail problemOf(ServerWebExchange exchange, Throwable failure) {
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem;
        if (failure instanceof ResponseStatusException status) {
            HttpStatus known = HttpStatus.resolve(status.getStatusCode().value());
            problem = ProblemDetail.forStatus(status.getStatusCode());
            problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
            problem.setType(URI.create("urn:hatchery:problem:" + switch (status.getStatusCode().value()) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 413 -> "payload-too-large";
                case 415 -> "unsupported-media-type";
                case 502 -> "bad-gateway";
                case 503 -> "service-unavailable";
                case 504 -> "gateway-timeout";
                default -> "gateway-" + status.getStatusCode().value();
            }));
            problem.setDetail(status.getStatusCode().value() == 404
                    ? "no service answers " + path + "; the APIs are under /api/<service>/"
                    : status.getReason() != null ? status.getReason() : problem.getTitle());
        } else {
            log.error("The gateway failed on {} {}", exchange.getRequest().getMethod(), path, failure);
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "the gateway failed to handle the request; it is logged under its request id");
            problem.setTitle("Internal error");
            problem.setType(URI.create("urn:hatchery:problem:internal"));
        }
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
