package io.hatchery.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91330483MA2B3C4D5D"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void namesAWrongCheckCharacter() {
        assertThat(Uscc.problem("91350100M000100Y44")).hasValueSatisfying(problem ->
                assertThat(problem).contains("check character").contains("'3'"));
    }

    @Test
    void refusesWrongLengthAndForbiddenLetters() {
        assertThat(Uscc.problem("9135010")).hasValueSatisfying(p -> assertThat(p).contains("18 characters"));
        assertThat(Uscc.problem("91350100M000100I43")).hasValueSatisfying(p -> assertThat(p).contains("'I'"));
        assertThat(Uscc.problem(null)).isPresent();
    }

    @Test
    void completesSeventeenCharactersWithTheirCheckCharacter() {
        assertThat(Uscc.complete("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.complete("91330483MA2B3C4D5")).isEqualTo("91330483MA2B3C4D5D");
    }
}
