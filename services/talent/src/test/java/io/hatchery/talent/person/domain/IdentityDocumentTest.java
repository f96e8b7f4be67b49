package io.hatchery.talent.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.identity.ResidentId;
import io.hatchery.talent.person.domain.IdentityDocument.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theCheckCharacterIsIso7064Mod11Of2() {
        // GB 11643's own example: 11010519491231002X
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdentityDocument.problem(Kind.RESIDENT_ID, "11010519491231002x", TODAY)).isEmpty();
        assertThat(IdentityDocument.problem(Kind.RESIDENT_ID, "110105 19491231 0021", TODAY)).get().asString()
                .contains("check character 1 where the number needs X");
    }

    @Test
    void theBirthDateMustExistAndHavePassed() {
        String feb30 = "32090319990230001";
        assertThat(IdentityDocument.problem(Kind.RESIDENT_ID, feb30 + ResidentId.checkCharacter(feb30), TODAY))
                .get().asString().contains("no valid birth date");
        String future = "32090320270101001";
        assertThat(IdentityDocument.problem(Kind.RESIDENT_ID, future + ResidentId.checkCharacter(future),
                TODAY)).get().asString().contains("cannot be");
        assertThat(IdentityDocument.problem(Kind.RESIDENT_ID, "3209031999", TODAY)).get().asString()
                .contains("17 digits");
    }

    @Test
    void passportsAndMasks() {
        assertThat(IdentityDocument.problem(Kind.PASSPORT, "e1234567", TODAY)).isEmpty();
        assertThat(IdentityDocument.problem(Kind.PASSPORT, "x-1", TODAY)).isPresent();
        assertThat(new IdentityDocument(Kind.RESIDENT_ID, "11010519491231002x").masked())
                .isEqualTo("1101**********002X");
        assertThat(new IdentityDocument(Kind.PASSPORT, "E1234567").masked()).isEqualTo("********");
    }
}
