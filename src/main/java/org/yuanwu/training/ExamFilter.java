package org.yuanwu.training;

/** Search criteria for exams; all optional. */
public record ExamFilter(String q, Long unitId, ExamKind kind, ExamStatus status, Integer year) {

    public static ExamFilter none() {
        return new ExamFilter(null, null, null, null, null);
    }
}
