package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record InternTeachingView(Long id, Long unitId, String unitName, Long tutorStaffId, String tutorName,
                                 LocalDate weekStart, String topic, String content, BigDecimal hours,
                                 InternTeachingMethod method, List<String> internNames, String recordedBy) {
}
