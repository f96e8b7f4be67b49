package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.evaluation.CarrierService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fund: counted in its region from its establishment to its closing, by its kind and its link to a carrier, with
 * its committed size as resized over time.
 *
 * @param kind  the fund kind; null until its establishment has been seen
 * @param link  how it is linked to a carrier (INSIDE, CO_FOUNDED), null when it is not
 * @param carrierId the carrier it is linked to, null when none
 * @param sizes committed RMB yuan from each date on, in date then version order
 */
public record FundFacts(String id, String region, String kind, String link, LocalDate establishedOn,
        LocalDate closedOn, List<SizeEntry> sizes, String carrierId) {

    /** The committed size in RMB yuan from {@code date} on. */
    public record SizeEntry(LocalDate date, long version, long rmb) {
    }

    private static final Comparator<SizeEntry> SIZE_ORDER =
            Comparator.comparing(SizeEntry::date).thenComparingLong(SizeEntry::version);

    public FundFacts {
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    public static FundFacts unknown(String id) {
        return new FundFacts(id, null, null, null, null, null, List.of(), null);
    }

    FundFacts established(String region, String kind, String link, String linkedCarrier, LocalDate on,
            SizeEntry size) {
        return new FundFacts(id, region, kind, link, on, closedOn, sorted(size), linkedCarrier);
    }

    FundFacts resized(SizeEntry size) {
        return new FundFacts(id, region, kind, link, establishedOn, closedOn, sorted(size), carrierId);
    }

    FundFacts closed(LocalDate on) {
        return new FundFacts(id, region, kind, link, establishedOn, on, sizes, carrierId);
    }

    /** While a fund linked to a carrier exists, the carrier offers financing; null for a fund of no carrier. */
    ServiceSpan service() {
        return carrierId == null || link == null || establishedOn == null ? null
                : new ServiceSpan(CarrierService.FINANCING, establishedOn, closedOn);
    }

    /** The rank a carrier link has in the cube's cells: 0 none, 1 inside, 2 co-founded. */
    int linkRank() {
        return link == null ? 0 : "INSIDE".equals(link) ? 1 : 2;
    }

    private List<SizeEntry> sorted(SizeEntry added) {
        List<SizeEntry> all = new ArrayList<>(sizes);
        all.add(added);
        all.sort(SIZE_ORDER);
        return all;
    }
}
