package io.hatchery.console.regions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The relay passes each complete event of the statistics' feed on, and stops reading when the browser left. */
class LiveRelayTest {

    /** An emitter that keeps what it was asked to send, or fails as a browser that has gone. */
    static final class RecordingEmitter extends SseEmitter {

        final List<String> sent = new ArrayList<>();
        boolean gone;

        @Override
        public void send(SseEventBuilder event) throws java.io.IOException {
            if (gone) {
                throw new java.io.IOException("broken pipe");
            }
            StringBuilder text = new StringBuilder();
            Set<ResponseBodyEmitter.DataWithMediaType> parts = event.build();
            parts.forEach(part -> text.append(part.getData()));
            sent.add(text.toString());
        }
    }

    @Test
    void eventsArePassedOnWholeAndAGoneBrowserCancelsTheFeed() {
        RecordingEmitter emitter = new RecordingEmitter();
        LiveController.Relay relay = new LiveController.Relay(emitter);
        boolean[] cancelled = {false};
        relay.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        });

        relay.onNext("event:subscribed");
        relay.onNext("data:{\"region\":\"320900\"}");
        relay.onNext("");
        relay.onNext("event:figures");
        relay.onNext("id:7");
        relay.onNext("data:{\"sequence\":7}");
        relay.onNext("");

        assertThat(emitter.sent).hasSize(2);
        assertThat(emitter.sent.get(0)).contains("event:subscribed", "data:{\"region\":\"320900\"}");
        assertThat(emitter.sent.get(1)).contains("event:figures", "data:{\"sequence\":7}");
        assertThat(cancelled[0]).isFalse();

        emitter.gone = true;
        relay.onNext("event:figures");
        relay.onNext("data:{\"sequence\":8}");
        relay.onNext("");
        assertThat(cancelled[0]).isTrue();
    }
}
