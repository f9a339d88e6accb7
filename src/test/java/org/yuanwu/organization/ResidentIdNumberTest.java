package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    // The worked example of GB 11643-1999 (appendix): 11010519491231002 → check character X.
    @Test
    void checkCharacterOfTheStandardsExampleIsX() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
    }

    @Test
    void numberWithAWrongCheckDigitIsInvalid() {
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.hasValidFormat("110105194912310021")).isTrue();
    }

    @Test
    void numberOfTheWrongLengthOrWithLettersIsMalformed() {
        assertThat(ResidentIdNumber.hasValidFormat("11010519491231002")).isFalse();
        assertThat(ResidentIdNumber.hasValidFormat("1101051949123100A2")).isFalse();
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
    }

    @Test
    void numberWithAnImpossibleBirthDateIsInvalidEvenWithTheRightCheckDigit() {
        String first17 = "11010519490231002"; // 31 February
        assertThat(ResidentIdNumber.isValid(first17 + ResidentIdNumber.checkCharacter(first17))).isFalse();
    }

    @Test
    void composedNumbersAreValidAndCarryBirthDateAndGender() {
        String id = ResidentIdNumber.compose("430521", LocalDate.of(1990, 5, 17), 123);
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
        assertThat(ResidentIdNumber.birthDate(id)).contains(LocalDate.of(1990, 5, 17));
        assertThat(ResidentIdNumber.gender(id)).isEqualTo(Gender.MALE);
        assertThat(ResidentIdNumber.gender(ResidentIdNumber.compose("430521", LocalDate.of(1990, 5, 17), 124)))
                .isEqualTo(Gender.FEMALE);
    }

    @Test
    void maskShowsOnlyTheFirstThreeAndLastFourCharacters() {
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110***********002X");
    }
}
