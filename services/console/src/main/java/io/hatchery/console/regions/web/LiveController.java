package io.hatchery.console.regions.web;

import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The statistics' live feed of a region, relayed to the official's browser: the browser has a session cookie, not
 * a token, so the console subscribes with the official's token and passes each event on. No thread waits per
 * browser: the feed's lines arrive on the HTTP client's own.
 */
@Controller
public class LiveController {

    private final PlatformApi api;

    public LiveController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(path = "/console/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public SseEmitter live(SignedInUser user, @RequestParam String region) {
        SseEmitter emitter = new SseEmitter(0L);
        Relay relay = new Relay(emitter);
        emitter.onCompletion(relay::cancel);
        emitter.onTimeout(relay::cancel);
        emitter.onError(error -> relay.cancel());
        api.client().sendAsync(api.feedRequest(user, ApiPath.of("/api/statistics/stream").with("region", region)),
                HttpResponse.BodyHandlers.fromLineSubscriber(relay)).whenComplete((response, failure) -> {
                    if (failure != null) {
                        emitter.complete();
                    } else if (response.statusCode() != 200) {
                        relay.refused(response.statusCode());
                    }
                });
        return emitter;
    }

    /** Reads the feed's lines, passes each complete event on, and stops reading when the browser has gone. */
    static final class Relay implements Flow.Subscriber<String> {

        private final SseEmitter emitter;
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        private String event = "message";
        private final StringBuilder data = new StringBuilder();

        Relay(SseEmitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void onSubscribe(Flow.Subscription started) {
            subscription.set(started);
            started.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    send(event, data.toString());
                }
                event = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).trim());
            }
        }

        private void send(String name, String payload) {
            try {
                emitter.send(SseEmitter.event().name(name).data(payload, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                cancel();
            }
        }

        void refused(int status) {
            send("refused", "{\"status\":" + status + "}");
            emitter.complete();
        }

        @Override
        public void onError(Throwable failure) {
            emitter.complete();
        }

        @Override
        public void onComplete() {
            emitter.complete();
        }

        void cancel() {
            Flow.Subscription current = subscription.getAndSet(null);
            if (current != null) {
                current.cancel();
            }
        }
    }
}
