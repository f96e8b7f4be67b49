package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.PlatformClosed;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.PlatformKind;
import io.hatchery.contracts.talent.RecognitionEnded;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.contracts.talent.TalentErased;
import io.hatchery.contracts.talent.TalentRecognized;
import io.hatchery.contracts.talent.TalentRegistered;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures of people, mentors, operating teams, platforms and activities, against values worked out by hand. */
class TalentFiguresTest {

    private static final String TONGXIANG = "330483";
    private static final String JIAXING = "330400";
    private static final String TALENTS = Topics.TALENT_TALENTS.name();
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    private final Projection projection = new Projection(region -> region.equals(TONGXIANG)
            ? List.of(TONGXIANG, JIAXING, "330000") : List.of(region, "330000"));

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static Filter program(String code) {
        return new Filter(null, null, null, null, null, null, code);
    }

    private BigDecimal at(Indicator indicator, Filter filter, LocalDate date) {
        return projection.figures().valueAt(JIAXING, indicator, filter, date);
    }

    private void person(String id, String registered) {
        projection.apply(TALENTS, id, 1, new TalentRegistered(id, TONGXIANG, null, false, null, false,
                day(registered)));
    }

    @Test
    void peopleCountFromRegistrationAndByProgrammeWhileRecognised() {
        person("t1", "2019-01-01");
        person("t2", "2019-06-01");
        person("t3", "2021-01-01");
        projection.apply(TALENTS, "t1", 2, new TalentRecognized("t1", TONGXIANG, "NATIONAL_TALENT_PROGRAM",
                RecognitionLevel.NATIONAL, 2019, day("2019-07-01")));
        projection.apply(TALENTS, "t2", 2, new TalentRecognized("t2", TONGXIANG, "NATIONAL_TALENT_PROGRAM",
                RecognitionLevel.NATIONAL, 2019, day("2019-07-01")));
        projection.apply(TALENTS, "t2", 3, new RecognitionEnded("t2", TONGXIANG, "NATIONAL_TALENT_PROGRAM",
                day("2020-06-30")));
        projection.apply(TALENTS, "t1", 3, new TalentRecognized("t1", TONGXIANG, "LEADING_TALENT",
                RecognitionLevel.MUNICIPAL, 2020, day("2020-03-01")));

        assertThat(at(Indicator.TALENTS_COUNT, Filter.NONE, END_2020)).isEqualByComparingTo("2");
        assertThat(at(Indicator.TALENTS_COUNT, program("NATIONAL_TALENT_PROGRAM"), day("2020-01-01")))
                .isEqualByComparingTo("2");
        assertThat(at(Indicator.TALENTS_COUNT, program("NATIONAL_TALENT_PROGRAM"), END_2020))
                .as("t2's recognition ended").isEqualByComparingTo("1");
        assertThat(at(Indicator.TALENTS_COUNT, program("LEADING_TALENT"), END_2020)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> at(Indicator.CARRIERS_COUNT, program("LEADING_TALENT"), END_2020))
                .isInstanceOf(UnsupportedFilterException.class).extracting("parameter").isEqualTo("program");
    }

    @Test
    void anErasureOfPersonalDataLeavesTheFiguresThatCountedThePerson() {
        person("e1", "2019-01-01");
        projection.apply(TALENTS, "e1", 2, new TalentRecognized("e1", TONGXIANG, "LEADING_TALENT",
                RecognitionLevel.MUNICIPAL, 2019, day("2019-07-01")));
        BigDecimal counted = at(Indicator.TALENTS_COUNT, Filter.NONE, END_2020);
        BigDecimal recognised = at(Indicator.TALENTS_COUNT, program("LEADING_TALENT"), END_2020);

        assertThat(projection.apply(TALENTS, "e1", 3, new TalentErased("e1", TONGXIANG, day("2020-03-01"))))
                .isTrue();

        assertThat(counted).isEqualByComparingTo("1");
        assertThat(at(Indicator.TALENTS_COUNT, Filter.NONE, END_2020)).isEqualByComparingTo(counted);
        assertThat(at(Indicator.TALENTS_COUNT, program("LEADING_TALENT"), END_2020)).isEqualByComparingTo(recognised);
    }

    @Test
    void aMentorCountsOncePerRegionHoweverManyCarriersEngageThem() {
        person("m1", "2019-01-01");
        projection.apply(TALENTS, "m1", 2, new MentorEngaged("m1", "c1", TONGXIANG, MentorKind.INVESTOR, List.of(),
                day("2019-03-01")));
        projection.apply(TALENTS, "m1", 3, new MentorEngaged("m1", "c2", TONGXIANG, MentorKind.INVESTOR, List.of(),
                day("2019-05-01")));
        projection.apply(TALENTS, "m1", 4, new MentorReleased("m1", "c1", TONGXIANG, day("2020-01-01")));

        assertThat(at(Indicator.MENTORS_COUNT, Filter.NONE, day("2019-06-01"))).isEqualByComparingTo("1");
        assertThat(at(Indicator.MENTORS_COUNT, Filter.NONE, END_2020)).as("still engaged by c2")
                .isEqualByComparingTo("1");
        projection.apply(TALENTS, "m1", 5, new MentorReleased("m1", "c2", TONGXIANG, day("2020-06-01")));
        assertThat(at(Indicator.MENTORS_COUNT, Filter.NONE, END_2020)).isEqualByComparingTo("0");
    }

    @Test
    void contractsPlatformsAndActivitiesCount() {
        projection.apply(Topics.TALENT_TEAMS.name(), "team-1", 1, new OperatingTeamContracted("team-1",
                "91350100M000100Y43", "运营", "c1", TONGXIANG, null, null, day("2022-03-01")));
        projection.apply(Topics.TALENT_PLATFORMS.name(), "p1", 1, new PlatformEstablished("p1", "院士工作站",
                PlatformKind.ACADEMICIAN_WORKSTATION, RecognitionLevel.PROVINCIAL, "c1", null, TONGXIANG,
                day("2021-01-01")));
        projection.apply(Topics.TALENT_PLATFORMS.name(), "p1", 2, new PlatformClosed("p1", TONGXIANG,
                day("2023-01-01")));
        projection.apply(Topics.TALENT_ACTIVITIES.name(), "a1", 1, new ActivityHeld("a1", "c1", TONGXIANG,
                ActivityKind.ROADSHOW, "路演", 50, 5, day("2022-05-05")));
        projection.apply(Topics.TALENT_ACTIVITIES.name(), "a2", 1, new ActivityHeld("a2", "c1", TONGXIANG,
                ActivityKind.TRAINING, "培训", 50, 5, day("2022-06-05")));

        Figures figures = projection.figures();
        assertThat(figures.valueBetween(TONGXIANG, Indicator.OPERATING_TEAMS_CONTRACTED, Filter.NONE,
                day("2022-01-01"), day("2022-12-31"))).isEqualByComparingTo("1");
        assertThat(at(Indicator.PLATFORMS_COUNT, Filter.NONE, day("2022-12-31"))).isEqualByComparingTo("1");
        assertThat(at(Indicator.PLATFORMS_COUNT, Filter.NONE, day("2023-01-01"))).isEqualByComparingTo("0");
        assertThat(figures.valueBetween(TONGXIANG, Indicator.ACTIVITIES_COUNT, new Filter(null, null, null, null,
                "ROADSHOW", null), day("2022-01-01"), day("2022-12-31"))).isEqualByComparingTo("1");
        assertThatThrownBy(() -> at(Indicator.PLATFORMS_COUNT, new Filter(null, null, null, null, "ROADSHOW", null),
                day("2022-12-31"))).isInstanceOf(UnsupportedFilterException.class);

        Projection restored = Projection.restore(projection.snapshot(), region -> region.equals(TONGXIANG)
                ? List.of(TONGXIANG, JIAXING, "330000") : List.of(region, "330000"));
        assertThat(restored.figures().valueAt(JIAXING, Indicator.PLATFORMS_COUNT, Filter.NONE, day("2022-12-31")))
                .isEqualByComparingTo("1");
    }
}
