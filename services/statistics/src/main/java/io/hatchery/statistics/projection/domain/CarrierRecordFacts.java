package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.evaluation.CarrierService;
import java.time.LocalDate;

/**
 * A record the talent service keeps of a carrier's life that the statistics count: an operating team's contract
 * (counted when it begins; a service of its carrier while it runs), a platform (while it runs), an activity (when
 * held; a training is a service of its carrier for a year).
 *
 * @param carrierId the carrier it belongs to; null for a firm's platform
 * @param kind      the platform's or activity's kind; null for a contract
 * @param until     when a contract ended or a platform closed, null while it runs
 */
public record CarrierRecordFacts(String id, Series series, String carrierId, String region, String kind,
        LocalDate from, LocalDate until) {

    CarrierRecordFacts closed(LocalDate on) {
        return new CarrierRecordFacts(id, series, carrierId, region, kind, from, on);
    }

    /** When this record has its carrier offer a service, and for how long; null when it does not. */
    ServiceSpan service() {
        if (carrierId == null) {
            return null;
        }
        if (series == Series.OPERATING_TEAMS_CONTRACTED) {
            return new ServiceSpan(CarrierService.PROFESSIONAL_TEAM, from, until);
        }
        if (series == Series.ACTIVITIES && "TRAINING".equals(kind)) {
            return new ServiceSpan(CarrierService.MENTORING, from, from.plusYears(1));
        }
        return null;
    }
}
