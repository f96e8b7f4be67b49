package io.hatchery.bench.chaos;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A command sent as a client that must not lose it sends it: with its Idempotency-Key already in the request,
 * resent (backing off) until the platform answers it with a success or a refusal, or until the client gives up.
 */
final class RetriedCommand {

    /** How a command ended, with the body of its last answer. */
    record Outcome(Kind kind, String body) {
    }

    enum Kind {
        ACKNOWLEDGED,
        REFUSED,
        UNRESOLVED
    }

    private RetriedCommand() {
    }

    /** @param retries counts each resend */
    static Outcome send(HttpClient http, HttpRequest request, Duration giveUpAfter, AtomicLong retries) {
        long giveUp = System.nanoTime() + giveUpAfter.toNanos();
        long backoff = 100;
        while (true) {
            int status;
            String body = "";
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(Kind.UNRESOLVED, body);
            }
            if (status == 200 || status == 201) {
                return new Outcome(Kind.ACKNOWLEDGED, body);
            }
            if (status >= 400 && status < 500 && status != 429) {
                return new Outcome(Kind.REFUSED, body);
            }
            if (System.nanoTime() > giveUp) {
                return new Outcome(Kind.UNRESOLVED, body);
            }
            retries.incrementAndGet();
            ChaosPlatform.sleep(Duration.ofMillis(backoff));
            backoff = Math.min(2000, backoff * 2);
        }
    }
}
