package io.hatchery.statistics.feed.web;

import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.statistics.feed.app.FigureFeed;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent-Events subscribers by region. Each batch's changes go to every subscriber whose region is the
 * changed region or lies above it, as one {@code figures} event listing them. Sending happens on the feed's own
 * thread, so a slow client never holds up the projection that produced the changes.
 *
 * <p>When the service stops, the streams end first: the web server's graceful shutdown waits for open requests, and
 * a stream never ends by itself, so each stop (a rolling restart's too) took the full shutdown timeout. Clients
 * reconnect, to another replica behind the gateway.
 */
@Component
public class LiveFeed implements FigureFeed, SmartLifecycle {

    private final RegionCatalog regions;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "statistics-live-feed");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean running;

    private record Subscriber(String region, SseEmitter emitter) {
    }

    public LiveFeed(RegionCatalog regions) {
        this.regions = regions;
    }

    /** A new stream of the changes in a region and below; open until the client leaves. */
    public SseEmitter subscribe(String region) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(region, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        try {
            emitter.send(SseEmitter.event().name("subscribed").data("{\"region\":\"" + region + "\"}",
                    MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            subscribers.remove(subscriber);
        }
        return emitter;
    }

    public int subscribers() {
        return subscribers.size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream, before the web server's graceful shutdown (a later phase stops earlier). */
    @Override
    public void stop() {
        running = false;
        for (Subscriber subscriber : subscribers) {
            subscribers.remove(subscriber);
            subscriber.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @Override
    public void publish(FiguresChanged changes) {
        if (!subscribers.isEmpty()) {
            sender.execute(() -> send(changes));
        }
    }

    private void send(FiguresChanged changes) {
        for (Subscriber subscriber : subscribers) {
            List<FigureChange> relevant = changes.changes().stream()
                    .filter(change -> regions.isWithin(change.region(), subscriber.region())).toList();
            if (relevant.isEmpty()) {
                continue;
            }
            try {
                subscriber.emitter().send(SseEmitter.event().name("figures").id(Long.toString(changes.sequence()))
                        .data(new FiguresChanged(changes.sequence(), relevant, changes.effectiveDate()),
                                MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(subscriber);
            }
        }
    }
}
