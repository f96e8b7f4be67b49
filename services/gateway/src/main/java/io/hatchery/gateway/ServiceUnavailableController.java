package io.hatchery.gateway;

import io.hatchery.contracts.identity.RequestIds;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Where a route's circuit breaker sends a request whose service is down, slow or failing: a 503 problem. */
@RestController
public class ServiceUnavailableController {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableController.class);

    /** A browser asking for a page (the console's) gets a page that says so, in both languages. */
    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>服务暂不可用 · Service unavailable</title>
            <meta http-equiv="refresh" content="5"></head><body style="font-family:sans-serif;margin:3em">
            <h1>服务暂不可用，请稍后再试</h1><p>The Hatchery console is restarting; this page retries in 5 seconds.</p>
            </body></html>""";

    @RequestMapping("/fallback/{service}")
    public ResponseEntity<?> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        logCause(service, exchange);
        boolean browser = exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        if (browser) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .header("Retry-After", "5").body(PAGE);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the " + service + " service did not answer; retry later (writes with the same Idempotency-Key are"
                        + " applied at most once)");
        problem.setType(URI.create("urn:hatchery:problem:service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", service);
        String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "5").body(problem);
    }

    private static void logCause(String service, ServerWebExchange exchange) {
        if (log.isDebugEnabled()) {
            Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
            log.debug("{} answered by the fallback: {}", service, cause == null ? "no cause recorded" : cause.toString());
        }
    }
}
