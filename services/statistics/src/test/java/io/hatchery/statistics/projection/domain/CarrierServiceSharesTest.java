package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.OperatingTeamContractEnded;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.TalentRegistered;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Shares of carriers offering a service (Shaoxing's maker-space targets), against values worked out by hand: four
 * maker spaces and an incubator in Yuecheng, their contracts, funds, mentors and trainings.
 */
class CarrierServiceSharesTest {

    private static final String YUECHENG = "330602";
    private static final String SHAOXING = "330600";
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
    private static final Function<String, List<String>> CHAIN = region -> List.of(region, SHAOXING, "330000");

    private final Projection projection = new Projection(CHAIN);

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static Filter makerSpaces(CarrierService service) {
        return new Filter(Set.of(CarrierKind.MAKER_SPACE), null, null, null, null, null, null, service);
    }

    private BigDecimal share(Projection of, CarrierService service, LocalDate date) {
        return of.figures().valueAt(SHAOXING, Indicator.CARRIERS_SHARE_WITH_SERVICE, makerSpaces(service), date);
    }

    private void carrier(String id, CarrierKind kind) {
        projection.apply(Topics.REGISTRY_CARRIERS.name(), id, 1, new CarrierRegistered(id, kind, YUECHENG, null,
                new CarrierProfile("空间 " + id, new Operator("运营", "91350100M000100Y43"), null, BigDecimal.TEN,
                        BigDecimal.ONE, List.of(), null, List.of()), day("2018-01-01"), day("2018-01-01")));
    }

    private void team(String contract, String carrierId, String from) {
        projection.apply(Topics.TALENT_TEAMS.name(), contract, 1, new OperatingTeamContracted(contract,
                "91350100M000100Y43", "运营团队", carrierId, YUECHENG, null, null, day(from)));
    }

    private void training(String id, String carrierId, String on) {
        projection.apply(Topics.TALENT_ACTIVITIES.name(), id, 1, new ActivityHeld(id, carrierId, YUECHENG,
                ActivityKind.TRAINING, "创业培训", 40, 10, day(on)));
    }

    @Test
    void aCarrierCountsOncePerServiceWhileItOffersItAmongTheCarriersOfTheKindsAsked() {
        for (String space : List.of("m1", "m2", "m3", "m4")) {
            carrier(space, CarrierKind.MAKER_SPACE);
        }
        carrier("i1", CarrierKind.INCUBATOR);
        team("team-1", "m1", "2019-03-01");
        projection.apply(Topics.TALENT_TEAMS.name(), "team-1", 2, new OperatingTeamContractEnded("team-1", "m1",
                YUECHENG, day("2020-06-30")));
        team("team-2", "m2", "2020-01-01");
        team("team-3", "m2", "2020-02-01");
        team("team-4", "i1", "2020-01-01");
        projection.apply(Topics.FUNDING_FUNDS.name(), "fund-1", 1, new FundEstablished("fund-1", "天使基金",
                FundKind.ANGEL, "investor-1", BigDecimal.valueOf(5_000_000), day("2020-02-01"), YUECHENG, "m2",
                CarrierLink.INSIDE, List.of(), List.of(FundingStage.ANGEL), null, null, null, null,
                day("2020-02-01")));
        projection.apply(Topics.TALENT_TALENTS.name(), "t1", 1, new TalentRegistered("t1", YUECHENG, null, false,
                null, false, day("2020-01-01")));
        projection.apply(Topics.TALENT_TALENTS.name(), "t1", 2, new MentorEngaged("t1", "m3", YUECHENG,
                MentorKind.ENTREPRENEUR, List.of(), day("2020-05-01")));
        training("a1", "m4", "2019-11-01");

        assertThat(share(projection, CarrierService.PROFESSIONAL_TEAM, day("2020-03-01")))
                .as("m1 and m2 (two contracts, counted once)").isEqualByComparingTo("0.5");
        assertThat(share(projection, CarrierService.PROFESSIONAL_TEAM, END_2020)).as("m1's contract ended")
                .isEqualByComparingTo("0.25");
        assertThat(share(projection, CarrierService.FINANCING, END_2020)).isEqualByComparingTo("0.25");
        assertThat(share(projection, CarrierService.MENTORING, END_2020))
                .as("m3's mentor; m4's training was over a year before").isEqualByComparingTo("0.25");

        training("a2", "m4", "2020-10-10");
        assertThat(share(projection, CarrierService.MENTORING, END_2020)).isEqualByComparingTo("0.5");
        assertThat(share(projection, null, END_2020)).as("m2, m3 and m4 offer one or more")
                .isEqualByComparingTo("0.75");
        assertThat(projection.figures().valueAt(SHAOXING, Indicator.CARRIERS_SHARE_WITH_SERVICE,
                new Filter(null, null, null, null, null, null, null, CarrierService.PROFESSIONAL_TEAM), END_2020))
                .as("the incubator too, of five carriers").isEqualByComparingTo("0.4");

        projection.apply(Topics.REGISTRY_CARRIERS.name(), "m3", 2, new CarrierDelisted("m3", null, "关停",
                day("2020-12-01")));
        assertThat(share(projection, CarrierService.MENTORING, END_2020)).as("m4 of the three left")
                .isEqualByComparingTo("0.3333");
        Projection restored = Projection.restore(projection.snapshot(), CHAIN);
        for (CarrierService service : CarrierService.values()) {
            assertThat(share(restored, service, END_2020)).as(service.name())
                    .isEqualByComparingTo(share(projection, service, END_2020));
        }
        assertThat(share(restored, null, END_2020)).isEqualByComparingTo("0.6667");
    }

    @Test
    void theServiceFilterAppliesToTheShareOnly() {
        carrier("m1", CarrierKind.MAKER_SPACE);

        assertThat(share(projection, CarrierService.FINANCING, END_2020)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> projection.figures().valueAt(SHAOXING, Indicator.CARRIERS_COUNT,
                makerSpaces(CarrierService.FINANCING), END_2020)).isInstanceOf(UnsupportedFilterException.class)
                .extracting("parameter").isEqualTo("service");
        assertThatThrownBy(() -> projection.figures().valueAt(SHAOXING, Indicator.CARRIERS_SHARE_WITH_SERVICE,
                new Filter(null, CertificationLevel.PROVINCIAL, null, null, null, null, null,
                        CarrierService.FINANCING), END_2020)).isInstanceOf(UnsupportedFilterException.class)
                .extracting("parameter").isEqualTo("levelAtLeast");
    }
}
