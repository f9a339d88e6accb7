package org.yuanwu.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.yuanwu.common.DomainException;

class SurveyTokenTest {

    @Test
    void aTokenAnswersOnceAndASecondUseIsAConflict() {
        SurveyToken token = new SurveyToken(1L, 2L, "abc", "batch", "quality", Instant.parse("2026-11-24T02:00:00Z"));
        Instant first = Instant.parse("2026-11-24T03:00:00Z");
        token.use(first);
        assertThat(token.getUsedAt()).isEqualTo(first);
        assertThatThrownBy(() -> token.use(first.plusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("survey.error.tokenUsed");
                });
        assertThat(token.getUsedAt()).isEqualTo(first);
    }

    @Test
    void codesAreLongEnoughNotToBeGuessedAndAvoidLookAlikeCharacters() {
        String code = Codes.next(12);
        assertThat(code).hasSize(12).doesNotContain("0", "1", "l", "o", "i");
        assertThat(Codes.next(12)).isNotEqualTo(code);
    }
}
