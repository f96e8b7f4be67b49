package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/**
 * A record the talent service keeps of a carrier's life that the statistics count: an operating team's contract
 * (counted when it begins), a platform (while it runs), an activity (when held).
 *
 * @param kind  the platform's or activity's kind; null for a contract
 * @param until when a platform closed, null while it runs
 */
public record CarrierRecordFacts(String id, Series series, String region, String kind, LocalDate from,
        LocalDate until) {

    CarrierRecordFacts closed(LocalDate on) {
        return new CarrierRecordFacts(id, series, region, kind, from, on);
    }
}
