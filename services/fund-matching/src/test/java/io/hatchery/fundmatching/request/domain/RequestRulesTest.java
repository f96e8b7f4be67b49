package io.hatchery.fundmatching.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.funding.FinancingRequestClosed;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.contracts.funding.MatchAccepted;
import io.hatchery.contracts.funding.MatchDeclined;
import io.hatchery.contracts.funding.MatchProposed;
import io.hatchery.contracts.funding.RequestOutcome;
import io.hatchery.fundmatching.matching.domain.Match;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 5, 6);
    private static final LocalDate LATER = LocalDate.of(2026, 5, 20);

    private static FinancingRequest open() {
        return RequestRules.request(new FinancingRequest("request-1", "firm-1", "91350100M000100Y43", "320903",
                "carrier-1", new BigDecimal("3000000"), Instrument.EQUITY, FundingStage.ANGEL, "扩产", RequestStatus.OPEN,
                ASKED, LocalDate.of(2026, 11, 6), List.of(), null, null)).state();
    }

    private static FinancingRequest matched() {
        return RequestRules.propose(open(), List.of(new Match("fund-a", new BigDecimal("88.50"), List.of()),
                new Match("fund-b", new BigDecimal("32.88"), List.of())), false, ASKED).state();
    }

    @Test
    void proposingRanksTheMatchesAndPublishesEach() {
        Decision<FinancingRequest> proposed = RequestRules.propose(open(), List.of(
                new Match("fund-a", new BigDecimal("88.50"), List.of()),
                new Match("fund-b", new BigDecimal("32.88"), List.of())), false, ASKED);

        assertThat(proposed.state().status()).isEqualTo(RequestStatus.MATCHED);
        assertThat(proposed.events()).containsExactly(
                new MatchProposed("request-1", "match-request-1-fund-a", "fund-a", null, new BigDecimal("88.50"), 1,
                        "320903", ASKED),
                new MatchProposed("request-1", "match-request-1-fund-b", "fund-b", null, new BigDecimal("32.88"), 2,
                        "320903", ASKED));
        assertThat(RequestRules.propose(proposed.state(), List.of(), false, LATER).changed())
                .as("proposals are made once and keep their scores").isFalse();
        assertThatThrownBy(() -> RequestRules.propose(open(), List.of(), true, ASKED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no open bank");
    }

    @Test
    void aMatchIsAcceptedOrDeclinedOnce() {
        Decision<FinancingRequest> accepted = RequestRules.accept(matched(), "match-request-1-fund-a", LATER);
        Decision<FinancingRequest> declined = RequestRules.decline(accepted.state(), "match-request-1-fund-b",
                "阶段不符", LATER);

        assertThat(accepted.events()).containsExactly(new MatchAccepted("request-1", "match-request-1-fund-a",
                "320903", LATER));
        assertThat(declined.events()).containsExactly(new MatchDeclined("request-1", "match-request-1-fund-b",
                "320903", "阶段不符", LATER));
        assertThat(declined.state().matches()).extracting(ProposedMatch::status)
                .containsExactly(MatchStatus.ACCEPTED, MatchStatus.DECLINED);
        assertThat(RequestRules.accept(declined.state(), "match-request-1-fund-a", LATER).changed()).isFalse();
        assertThatThrownBy(() -> RequestRules.accept(declined.state(), "match-request-1-fund-b", LATER))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("match-declined");
        assertThatThrownBy(() -> RequestRules.decline(declined.state(), "match-request-1-fund-a", "?", LATER))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("match-accepted");
        assertThatThrownBy(() -> RequestRules.accept(declined.state(), "match-request-1-fund-z", LATER))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("unknown-match");
    }

    @Test
    void anInvestmentFundsTheRequestAndIsLinkedToItsFundsMatch() {
        FinancingRequest accepted = RequestRules.accept(matched(), "match-request-1-fund-a", LATER).state();

        Decision<FinancingRequest> funded = RequestRules.fund(accepted, "fund-a", "inv-7", false, LATER);

        assertThat(funded.state().status()).isEqualTo(RequestStatus.FUNDED);
        assertThat(funded.state().matchOf("fund-a")).get().extracting(ProposedMatch::investmentId).isEqualTo("inv-7");
        assertThat(funded.state().matchOf("fund-b")).get().extracting(ProposedMatch::investmentId).isNull();
        assertThat(funded.events()).containsExactly(new FinancingRequestClosed("request-1", "320903",
                RequestOutcome.FUNDED, "inv-7", null, "match-request-1-fund-a", LATER));
        assertThat(RequestRules.fund(funded.state(), "fund-a", "inv-7", false, LATER).changed()).isFalse();
        assertThatThrownBy(() -> RequestRules.withdraw(funded.state(), LATER))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("request-closed");
    }

    @Test
    void aRequestIsWithdrawnOrExpiresOnce() {
        Decision<FinancingRequest> withdrawn = RequestRules.withdraw(open(), LATER);

        assertThat(withdrawn.events()).containsExactly(new FinancingRequestClosed("request-1", "320903",
                RequestOutcome.WITHDRAWN, null, null, null, LATER));
        assertThat(RequestRules.withdraw(withdrawn.state(), LATER).changed()).isFalse();
        assertThat(RequestRules.expire(open(), LocalDate.of(2026, 11, 6)).changed()).isFalse();
        Decision<FinancingRequest> expired = RequestRules.expire(open(), LocalDate.of(2026, 11, 7));
        assertThat(expired.state().status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(RequestRules.expire(expired.state(), LocalDate.of(2026, 12, 1)).changed()).isFalse();
    }
}
