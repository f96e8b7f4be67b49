package io.hatchery.talent.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.talent.Education;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.MentoringEnded;
import io.hatchery.contracts.talent.MentoringStarted;
import io.hatchery.contracts.talent.RecognitionEnded;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.contracts.talent.TalentErased;
import io.hatchery.contracts.talent.TalentRecognized;
import io.hatchery.contracts.talent.TalentRegistered;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Talent talent() {
        return new Talent("talent-1", "320903", IdentityDocument.Kind.RESIDENT_ID, "index",
                new Talent.Sealed("sealed-name", "sealed-number", "sealed-phone", null), Education.DOCTORATE, true,
                "智能制造", null, List.of(), List.of(), List.of(), DAY, false);
    }

    @Test
    void aRegistrationPublishesNoPersonalData() {
        Decision<Talent> registered = TalentRules.register(talent());

        assertThat(registered.events()).containsExactly(new TalentRegistered("talent-1", "320903",
                Education.DOCTORATE, true, "智能制造", false, DAY));
        assertThat(registered.events().get(0).toString()).doesNotContain("sealed");
    }

    @Test
    void badValuesAreNamed() {
        List<FieldProblem> problems = TalentRules.problems(IdentityDocument.Kind.RESIDENT_ID, "110105194912310021",
                " ", "12345", "not-an-address", TODAY.plusDays(1), TODAY);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("documentNumber", "name", "phone",
                "email", "registeredOn");
        assertThat(TalentRules.problems(IdentityDocument.Kind.RESIDENT_ID, "11010519491231002X", "王小明",
                "13912345678", "wang@example.cn", DAY, TODAY)).isEmpty();
    }

    @Test
    void aRecognitionRunsUntilItEndsAndIsNotRepeatedWhileItRuns() {
        Decision<Talent> recognised = TalentRules.recognise(talent(), "PROVINCIAL_TALENT_PROGRAM",
                RecognitionLevel.PROVINCIAL, 2025, DAY);
        Decision<Talent> again = TalentRules.recognise(recognised.state(), "PROVINCIAL_TALENT_PROGRAM",
                RecognitionLevel.PROVINCIAL, 2026, DAY.plusYears(1));
        Decision<Talent> ended = TalentRules.endRecognition(recognised.state(), "PROVINCIAL_TALENT_PROGRAM",
                DAY.plusYears(1));

        assertThat(recognised.events()).containsExactly(new TalentRecognized("talent-1", "320903",
                "PROVINCIAL_TALENT_PROGRAM", RecognitionLevel.PROVINCIAL, 2025, DAY));
        assertThat(again.changed()).isFalse();
        assertThat(ended.events()).containsExactly(new RecognitionEnded("talent-1", "320903",
                "PROVINCIAL_TALENT_PROGRAM", DAY.plusYears(1)));
        assertThat(ended.state().recognitions().get(0).activeOn(DAY.plusMonths(6))).isTrue();
        assertThat(ended.state().recognitions().get(0).activeOn(DAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> TalentRules.endRecognition(ended.state(), "PROVINCIAL_TALENT_PROGRAM", TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("not-recognised");
    }

    @Test
    void erasureDropsThePersonalDataOnceAndKeepsWhatCounts() {
        Talent recognised = TalentRules.recognise(talent(), "LEADING_TALENT", RecognitionLevel.MUNICIPAL, 2025, DAY)
                .state();

        Decision<Talent> erased = TalentRules.erase(recognised, TODAY);

        assertThat(erased.state().sealed()).isEqualTo(Talent.Sealed.NONE);
        assertThat(erased.state().recognitions()).hasSize(1);
        assertThat(erased.events()).containsExactly(new TalentErased("talent-1", "320903", TODAY));
        assertThat(TalentRules.erase(erased.state(), TODAY).changed()).isFalse();
        assertThatThrownBy(() -> TalentRules.affiliate(erased.state(), "firm-1", null, true, TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("erased");
    }

    @Test
    void anAffiliationIsAFirmOrACarrierAndRepeatingItChangesNothing() {
        Decision<Talent> atFirm = TalentRules.affiliate(talent(), "firm-1", null, true, DAY);

        assertThat(atFirm.state().affiliation().firmId()).isEqualTo("firm-1");
        assertThat(TalentRules.affiliate(atFirm.state(), "firm-1", null, true, TODAY).changed()).isFalse();
        assertThat(TalentRules.affiliate(atFirm.state(), null, null, false, TODAY).state().affiliation()).isNull();
        assertThatThrownBy(() -> TalentRules.affiliate(talent(), "firm-1", "carrier-1", false, DAY))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aMentorIsEngagedByACarrierAndOnlyAMentorCoachesFirms() {
        assertThatThrownBy(() -> TalentRules.startMentoring(talent(), "firm-1", "carrier-1", "320903", DAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("not-a-mentor");

        Decision<Talent> engaged = TalentRules.engage(talent(), "carrier-1", "320903", MentorKind.INVESTOR,
                List.of("融资"), DAY);
        Decision<Talent> coaching = TalentRules.startMentoring(engaged.state(), "firm-1", "carrier-1", "320903",
                DAY.plusDays(10));
        Decision<Talent> released = TalentRules.release(coaching.state(), "carrier-1", TODAY);

        assertThat(engaged.events()).containsExactly(new MentorEngaged("talent-1", "carrier-1", "320903",
                MentorKind.INVESTOR, List.of("融资"), DAY));
        assertThat(TalentRules.engage(engaged.state(), "carrier-1", "320903", MentorKind.INVESTOR, List.of(), TODAY)
                .changed()).as("engaged already").isFalse();
        assertThat(coaching.events()).containsExactly(new MentoringStarted("talent-1", "firm-1", "carrier-1",
                "320903", DAY.plusDays(10)));
        assertThat(released.events()).containsExactly(new MentorReleased("talent-1", "carrier-1", "320903", TODAY));
        assertThat(TalentRules.endMentoring(released.state(), "firm-1", "320903", TODAY).events())
                .containsExactly(new MentoringEnded("talent-1", "firm-1", "320903", TODAY));
        assertThatThrownBy(() -> TalentRules.release(released.state(), "carrier-1", TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("not-engaged");
    }
}
