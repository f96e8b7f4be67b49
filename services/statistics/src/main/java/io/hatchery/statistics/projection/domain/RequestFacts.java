package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A firm's financing request: open from its date to its closing, with the matches proposed for it, those accepted,
 * and the match whose fund or bank funded it.
 *
 * @param fundedBy the id of the match that funded the request, null while none did
 */
public record RequestFacts(String id, String region, LocalDate requestedOn, LocalDate closedOn, String fundedBy,
        List<MatchEntry> matches) {

    /** A proposed match; {@code acceptedOn} is null unless the fund or bank accepted it. */
    public record MatchEntry(String matchId, LocalDate proposedOn, LocalDate acceptedOn) {
    }

    public RequestFacts {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    public static RequestFacts unknown(String id) {
        return new RequestFacts(id, null, null, null, null, List.of());
    }

    RequestFacts requested(String region, LocalDate on) {
        return new RequestFacts(id, region, on, closedOn, fundedBy, matches);
    }

    RequestFacts proposed(String matchId, String region, LocalDate on) {
        List<MatchEntry> all = new ArrayList<>(matches);
        all.removeIf(match -> match.matchId().equals(matchId));
        all.add(new MatchEntry(matchId, on, null));
        return new RequestFacts(id, this.region != null ? this.region : region, requestedOn, closedOn, fundedBy,
                all);
    }

    RequestFacts accepted(String matchId, LocalDate on) {
        return new RequestFacts(id, region, requestedOn, closedOn, fundedBy, matches.stream()
                .map(match -> match.matchId().equals(matchId) ? new MatchEntry(matchId, match.proposedOn(), on)
                        : match).toList());
    }

    RequestFacts closed(LocalDate on, String fundingMatch) {
        return new RequestFacts(id, region, requestedOn, on, fundingMatch, matches);
    }
}
