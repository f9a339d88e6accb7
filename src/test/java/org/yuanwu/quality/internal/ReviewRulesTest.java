package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuanwu.quality.InspectionStatus;
import org.yuanwu.quality.ReviewStepKind;

class ReviewRulesTest {

    @Test
    void theChainRunsSubmitThenReviewThenSignOffWhichPublishes() {
        assertThat(ReviewRules.next(InspectionStatus.DRAFT, ReviewStepKind.SUBMIT)).contains(InspectionStatus.SUBMITTED);
        assertThat(ReviewRules.next(InspectionStatus.SUBMITTED, ReviewStepKind.REVIEW)).contains(InspectionStatus.REVIEWED);
        assertThat(ReviewRules.next(InspectionStatus.REVIEWED, ReviewStepKind.SIGN_OFF)).contains(InspectionStatus.PUBLISHED);
    }

    @Test
    void signOffBeforeReviewIsRefused() {
        assertThat(ReviewRules.next(InspectionStatus.SUBMITTED, ReviewStepKind.SIGN_OFF)).isEmpty();
        assertThat(ReviewRules.next(InspectionStatus.DRAFT, ReviewStepKind.SIGN_OFF)).isEmpty();
    }

    @Test
    void reviewBeforeSubmitIsRefused() {
        assertThat(ReviewRules.next(InspectionStatus.DRAFT, ReviewStepKind.REVIEW)).isEmpty();
    }

    @Test
    void aPublishedInspectionTakesNoFurtherSteps() {
        for (ReviewStepKind step : ReviewStepKind.values()) {
            assertThat(ReviewRules.next(InspectionStatus.PUBLISHED, step)).isEmpty();
            assertThat(ReviewRules.next(InspectionStatus.WITHDRAWN, step)).isEmpty();
        }
    }

    @Test
    void returningSendsAnInspectionUnderReviewBackToScoring() {
        assertThat(ReviewRules.next(InspectionStatus.SUBMITTED, ReviewStepKind.RETURN)).contains(InspectionStatus.DRAFT);
        assertThat(ReviewRules.next(InspectionStatus.REVIEWED, ReviewStepKind.RETURN)).contains(InspectionStatus.DRAFT);
        assertThat(ReviewRules.next(InspectionStatus.DRAFT, ReviewStepKind.RETURN)).isEmpty();
    }
}
