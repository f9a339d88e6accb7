package org.yuanwu.training;

import java.util.List;

public record InternEvaluationView(Long id, Long rotationId, Long internId, String internName, Long tutorStaffId,
                                   String tutorName, String unitName, InternEvaluationDirection direction,
                                   List<Integer> items, int total, String remark) {
}
