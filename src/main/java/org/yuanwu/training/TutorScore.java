package org.yuanwu.training;

import java.math.BigDecimal;

/** A tutor's results in an intake: the interns' average rating (out of 25) and her best-tutor votes. */
public record TutorScore(int rank, Long tutorStaffId, String tutorName, long votes, long ratings, BigDecimal averageRating) {
}
