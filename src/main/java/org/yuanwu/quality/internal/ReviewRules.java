package org.yuanwu.quality.internal;

import java.util.Optional;
import org.yuanwu.quality.InspectionStatus;
import org.yuanwu.quality.ReviewStepKind;

/**
 * The review chain in order: the inspector (quality-control nurse level) submits a draft, the head
 * nurse level reviews it, the nursing department signs it off, which publishes it to the inspected
 * unit. A reviewer or the nursing department may return it to the inspector before sign-off. Any
 * other order is refused. (Who may take a step — not the inspector, and not the reviewer for the
 * sign-off — is checked by the service.)
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    public static Optional<InspectionStatus> next(InspectionStatus from, ReviewStepKind step) {
        return Optional.ofNullable(switch (step) {
            case SUBMIT -> from == InspectionStatus.DRAFT ? InspectionStatus.SUBMITTED : null;
            case REVIEW -> from == InspectionStatus.SUBMITTED ? InspectionStatus.REVIEWED : null;
            case SIGN_OFF -> from == InspectionStatus.REVIEWED ? InspectionStatus.PUBLISHED : null;
            case RETURN -> from == InspectionStatus.SUBMITTED || from == InspectionStatus.REVIEWED
                    ? InspectionStatus.DRAFT : null;
        });
    }
}
