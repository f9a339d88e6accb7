package org.yuanwu.training;

import java.time.LocalDate;
import java.util.List;

/**
 * What an intern sees after entering her code: her rotations (those she may rate now flagged), and the tutors
 * she may vote for while her intake's vote is open.
 */
public record InternCodeView(String internName, String intakeName, List<InternRotationView> rotations,
                             List<Long> ratableRotationIds, List<TutorChoice> tutors, boolean voteOpen,
                             LocalDate voteClosesOn, boolean voted) {

    public record TutorChoice(Long staffId, String name, String unitName) {
    }
}
