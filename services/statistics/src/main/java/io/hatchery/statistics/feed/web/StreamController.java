package io.hatchery.statistics.feed.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.persistence.AggregateNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed as Server-Sent Events: {@code GET /api/statistics/stream?region=CODE} sends a {@code figures}
 * event (a FiguresChanged: region, indicator, date, value per changed figure) whenever figures of the region or
 * below it change.
 */
@RestController
@RequestMapping("/api/statistics/stream")
public class StreamController {

    private final LiveFeed feed;
    private final RegionCatalog regions;
    private final RegionScope scope;

    public StreamController(LiveFeed feed, RegionCatalog regions, RegionScope scope) {
        this.feed = feed;
        this.regions = regions;
        this.scope = scope;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(Actor actor, @RequestParam String region) {
        if (!regions.contains(region)) {
            throw new AggregateNotFoundException("region", region);
        }
        scope.requireRead(actor, region);
        return feed.subscribe(region);
    }
}
